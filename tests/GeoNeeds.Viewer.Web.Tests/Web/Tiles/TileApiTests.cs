using System.Net;
using System.Text.Json;
using GeoNeeds.Viewer.Web;
using GeoNeeds.Viewer.Web.Tiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using VectorTileAddress = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace GeoNeeds.Viewer.Tests.Web.Tiles;

/// <summary>
/// <c>/tiles/LEVEL/Z/X/Y.pbf</c> and <c>/api/areas/LEVEL</c> on the test server: the vector tiles the page draws,
/// read back with NetTopologySuite's own Mapbox tile reader.
/// </summary>
public class TileApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    [Theory]
    [InlineData("/tiles/ward/15/0/0.pbf", HttpStatusCode.BadRequest, "zoom '15' is not a whole number from 0 to 14")]
    [InlineData("/tiles/ward/-1/0/0.pbf", HttpStatusCode.BadRequest, "zoom '-1' is not a whole number from 0 to 14")]
    [InlineData("/tiles/ward/z/0/0.pbf", HttpStatusCode.BadRequest, "zoom 'z' is not a whole number from 0 to 14")]
    [InlineData("/tiles/ward/1/2/0.pbf", HttpStatusCode.BadRequest, "tile 2/0 is not on the zoom 1 grid (columns and rows 0 to 1)")]
    [InlineData("/tiles/ward/1/0/2.pbf", HttpStatusCode.BadRequest, "tile 0/2 is not on the zoom 1 grid (columns and rows 0 to 1)")]
    [InlineData("/tiles/ward/3/1e1/0.pbf", HttpStatusCode.BadRequest, "tile 1e1/0 is not on the zoom 3 grid (columns and rows 0 to 7)")]
    [InlineData("/tiles/msoa/0/0/0.pbf", HttpStatusCode.NotFound, "no level 'msoa' to tile in this folder")]
    [InlineData("/api/areas/msoa", HttpStatusCode.NotFound, "no level 'msoa' with areas in this folder")]
    [InlineData("/api/bounds/msoa", HttpStatusCode.NotFound, "no level 'msoa' with areas in this folder")]
    [InlineData("/api/outline/msoa/1", HttpStatusCode.NotFound, "no area 1 of a level 'msoa' in this folder")]
    [InlineData("/api/picture/msoa/da_incidents_rate_per_1000", HttpStatusCode.NotFound, "no map layer 'da_incidents_rate_per_1000' of a level 'msoa' in this folder")]
    [InlineData("/api/picture/ward/area_name", HttpStatusCode.NotFound, "no map layer 'area_name' of a level 'ward' in this folder")]
    [InlineData("/raster/ward/da_incidents_rate_per_1000/1/2/0.png", HttpStatusCode.BadRequest, "tile 2/0 is not on the zoom 1 grid (columns and rows 0 to 1)")]
    [InlineData("/raster/ward/da_incidents_rate_per_1000/13/0/0.png", HttpStatusCode.BadRequest, "raster tiles are drawn to zoom 12; the vector tiles serve deeper zooms")]
    [InlineData("/raster/ward/da_incidents_rate_per_1000/0/0/0.png?scale=3", HttpStatusCode.BadRequest, "scale '3' is not 1 or 2 (image pixels to a screen pixel)")]
    [InlineData("/raster/msoa/da_incidents_rate_per_1000/0/0/0.png", HttpStatusCode.NotFound, "no map layer 'da_incidents_rate_per_1000' of a level 'msoa' in this folder")]
    [InlineData("/raster/ward/area_name/0/0/0.png", HttpStatusCode.NotFound, "no map layer 'area_name' of a level 'ward' in this folder")]
    [InlineData("/api/outline/ward/0", HttpStatusCode.NotFound, "no area 0 of a level 'ward' in this folder")]
    [InlineData("/api/outline/ward/13", HttpStatusCode.NotFound, "no area 13 of a level 'ward' in this folder")]
    [InlineData("/api/outline/ward/-1", HttpStatusCode.NotFound, "no area -1 of a level 'ward' in this folder")]
    [InlineData("/api/area-at/msoa?lon=0&lat=51", HttpStatusCode.NotFound, "no level 'msoa' with areas in this folder")]
    [InlineData("/api/area-at/ward?lon=181&lat=51", HttpStatusCode.BadRequest, "lon '181' and lat '51' are not a longitude (-180 to 180) and a latitude (-90 to 90) in degrees")]
    [InlineData("/api/area-at/ward?lon=0&lat=NaN", HttpStatusCode.BadRequest, "lon '0' and lat 'NaN' are not a longitude (-180 to 180) and a latitude (-90 to 90) in degrees")]
    [InlineData("/api/area-at/ward?lon=0", HttpStatusCode.BadRequest, "lon '0' and lat '' are not a longitude (-180 to 180) and a latitude (-90 to 90) in degrees")]
    public async Task Tile_OffTheGridOrLevelNotInTheFolder_IsRefusedWithTheReason(string path, HttpStatusCode status, string reason)
    {
        using var response = await demo.Viewer.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tile_DemoWards_CarriesEachWardOnceWithItsIdCodeValueAndLegendRow()
    {
        var areas = await Areas("ward");
        var classes = JsonSerializer.Deserialize<LevelClasses>(await demo.Viewer.Client.GetStringAsync("/api/classes/ward"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var rate = classes.Layers.Single(l => l.Field == "da_incidents_rate_per_1000");

        var features = await Features("ward", TileAttributes.DetailZoom);

        // Ids number the wards from 1 in the order of /api/areas (ward.geojson's order).
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (ulong)i), features.Keys.Order());
        foreach (var (id, attributes) in features)
        {
            var ward = areas[(int)id - 1];
            var code = ward.GetProperty("area_code").GetString()!;
            Assert.Equal(code, attributes["area_code"]);
            Assert.Equal(ward.GetProperty("da_incidents_rate_per_1000").GetDouble(), Convert.ToDouble(attributes["da_incidents_rate_per_1000"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rate.Areas[code], Convert.ToInt32(attributes["class:da_incidents_rate_per_1000"], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Outline_DemoWard_IsItsWholeGeometryFromTheLayer()
    {
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoOutputs.Folder, "ward.geojson")));
        var third = layer.RootElement.GetProperty("features")[2].GetProperty("geometry");

        using var outline = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/outline/ward/3"));

        Assert.Equal(third.GetProperty("type").GetString(), outline.RootElement.GetProperty("type").GetString());
        Assert.Equal(Positions(third.GetProperty("coordinates")), Positions(outline.RootElement.GetProperty("coordinates")));
    }

    [Fact]
    public async Task AreaAt_EachDemoWardsLabelPoint_IsThatWardsIdAndNoneOutsideTheTown()
    {
        using var areas = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/areas/ward"));
        var places = areas.RootElement.GetProperty("places").EnumerateArray().ToList();

        for (var i = 0; i < places.Count; i++)
        {
            var (lon, lat) = (places[i][4].GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture), places[i][5].GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            using var found = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync($"/api/area-at/ward?lon={lon}&lat={lat}"));
            Assert.Equal(i + 1, found.RootElement.GetProperty("id").GetInt32());
        }

        using var outside = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/area-at/ward?lon=-60.5&lat=-30.25"));
        Assert.Equal(JsonValueKind.Null, outside.RootElement.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Picture_DemoWards_FillsEachWardWithItsLegendColourInWebMercator()
    {
        using var areas = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/areas/ward"));
        var bounds = JsonSerializer.Deserialize<double[]>(await demo.Viewer.Client.GetStringAsync("/api/bounds/ward"))!;
        var classes = JsonSerializer.Deserialize<LevelClasses>(await demo.Viewer.Client.GetStringAsync("/api/classes/ward"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var rate = classes.Layers.Single(l => l.Field == "da_incidents_rate_per_1000");

        using var response = await demo.Viewer.Client.GetAsync("/api/picture/ward/da_incidents_rate_per_1000");
        using var picture = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LevelPicture.LongSide, Math.Max(picture.Width, picture.Height));
        // Web Mercator by hand: x from the west edge, y down from the north edge, in the picture's pixels.
        static (double X, double Y) Mercator(double longitude, double latitude) =>
            ((longitude + 180) / 360, (1 - (Math.Log(Math.Tan((Math.PI / 4) + (latitude * Math.PI / 360))) / Math.PI)) / 2);
        var (west, north) = Mercator(bounds[0], bounds[3]);
        var (east, south) = Mercator(bounds[2], bounds[1]);
        var scale = LevelPicture.LongSide / Math.Max(east - west, south - north);
        var places = areas.RootElement.GetProperty("places").EnumerateArray().ToList();
        var wards = areas.RootElement.GetProperty("areas").EnumerateArray().ToList();
        for (var i = 0; i < wards.Count; i++)
        {
            var (x, y) = Mercator(places[i][4].GetDouble(), places[i][5].GetDouble());
            var pixel = picture.GetPixel((int)((x - west) * scale), (int)((y - north) * scale));
            var legend = rate.Legend[rate.Areas[wards[i].GetProperty("area_code").GetString()!]];
            Assert.Equal(legend.Colour, $"#{pixel.Red:x2}{pixel.Green:x2}{pixel.Blue:x2}");
        }

        Assert.Equal(0, picture.GetPixel(0, 0).Alpha);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("?scale=2", 2)]
    public async Task Raster_DemoWards_FillsEachWardWithItsLegendColourOnItsTile(string query, int pixelRatio)
    {
        // The deepest raster zoom, where a ward of the demo town is some ten pixels across.
        const int zoom = LevelTiles.RasterMaxZoom;
        using var areas = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/areas/ward"));
        var classes = JsonSerializer.Deserialize<LevelClasses>(await demo.Viewer.Client.GetStringAsync("/api/classes/ward"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var rate = classes.Layers.Single(l => l.Field == "da_incidents_rate_per_1000");
        var places = areas.RootElement.GetProperty("places").EnumerateArray().ToList();
        var wards = areas.RootElement.GetProperty("areas").EnumerateArray().ToList();

        for (var i = 0; i < wards.Count; i++)
        {
            // The ward's label point in the tile's pixels: the grid is 2^zoom tiles of 512 pixels across the world.
            var (x, y) = WebMercator.Fraction(places[i][4].GetDouble(), places[i][5].GetDouble());
            var (column, row) = ((int)Math.Floor(x * (1 << zoom)), (int)Math.Floor(y * (1 << zoom)));
            using var response = await demo.Viewer.Client.GetAsync($"/raster/ward/da_incidents_rate_per_1000/{zoom}/{column}/{row}.png{query}");
            using var tile = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            var side = 512 * pixelRatio;
            var pixel = tile.GetPixel((int)(((x * (1 << zoom)) - column) * side), (int)(((y * (1 << zoom)) - row) * side));

            var legend = rate.Legend[rate.Areas[wards[i].GetProperty("area_code").GetString()!]];
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal((side, side), (tile.Width, tile.Height));
            Assert.Equal(legend.Colour, $"#{pixel.Red:x2}{pixel.Green:x2}{pixel.Blue:x2}");
        }
    }

    [Fact]
    public async Task Raster_OutsideTheLevel_IsClear()
    {
        using var response = await demo.Viewer.Client.GetAsync("/raster/ward/da_incidents_rate_per_1000/3/0/0.png");
        using var tile = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(new[] { (0, 0), (256, 256), (511, 511) }, p => Assert.Equal(0, tile.GetPixel(p.Item1, p.Item2).Alpha));
    }

    [Fact]
    public async Task Tile_ZoomedOut_CarriesOnlyIdsAndLegendRows()
    {
        var features = await Features("ward", TileAttributes.DetailZoom - 1);

        Assert.Equal(12, features.Count);
        Assert.All(features.Values, attributes => Assert.All(attributes.Keys, name => Assert.True(name == "id" || name.StartsWith("class:", StringComparison.Ordinal), name)));
    }

    [Fact]
    public async Task Tile_SuppressedRate_StaysEmptyWithItsMethod()
    {
        await using var viewer = await TestViewer.Start(OutputFixture.WardFolder());

        var suppressed = (await Features("ward", TileAttributes.DetailZoom, viewer.Client))[2];

        Assert.False(suppressed.ContainsKey("da_incidents_rate_per_1000"));
        Assert.False(suppressed.ContainsKey("da_incidents_count"));
        Assert.Equal("suppressed", suppressed["da_incidents_method"]);
    }

    private async Task<List<JsonElement>> Areas(string level)
    {
        using var json = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync($"/api/areas/{level}"));
        return [.. json.RootElement.GetProperty("areas").EnumerateArray().Select(a => a.Clone())];
    }

    /// <summary>Every feature of the zoom-<paramref name="zoom"/> tiles covering the level's bounds, by id, with its attributes.</summary>
    private async Task<Dictionary<ulong, Dictionary<string, object>>> Features(string level, int zoom, HttpClient? client = null)
    {
        client ??= demo.Viewer.Client;
        var bounds = JsonSerializer.Deserialize<double[]>(await client.GetStringAsync($"/api/bounds/{level}"))!;
        var (west, north) = TileAddress.Containing(bounds[0], bounds[3], zoom);
        var (east, south) = TileAddress.Containing(bounds[2], bounds[1], zoom);
        var features = new Dictionary<ulong, Dictionary<string, object>>();
        for (var x = west; x <= east; x++)
        {
            for (var y = north; y <= south; y++)
            {
                using var response = await client.GetAsync($"/tiles/{level}/{zoom}/{x}/{y}.pbf");
                Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.ToString());
                var tile = new MapboxTileReader().Read(await response.Content.ReadAsStreamAsync(), new VectorTileAddress(x, y, zoom));
                foreach (var feature in tile.Layers.Single(l => l.Name == LevelTiles.LayerName).Features)
                {
                    var id = Convert.ToUInt64(feature.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture);
                    features[id] = feature.Attributes.GetNames().ToDictionary(n => n, n => feature.Attributes[n]);
                }
            }
        }

        return features;
    }

    private static List<(double X, double Y)> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number
            ? [(coordinates[0].GetDouble(), coordinates[1].GetDouble())]
            : [.. coordinates.EnumerateArray().SelectMany(Positions)];
}
