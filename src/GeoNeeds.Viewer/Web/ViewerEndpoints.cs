using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GeoNeeds.Viewer.Web.AreaTables;
using GeoNeeds.Viewer.Web.Postcodes;
using GeoNeeds.Viewer.Web.Tiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The viewer's routes: the page (<c>/</c>), its assets (<c>/assets/NAME</c>), the index of the output folder
/// (<c>/api/index</c>), each level's map classes (<c>/api/classes/LEVEL</c>), area table (<c>/api/areas/LEVEL</c>), one area's rows of the needs tables (<c>/api/area/LEVEL/CODE</c>), period figures (<c>/api/periods/LEVEL</c>), postcodes (<c>/api/postcode/TEXT</c>),
/// bounds (<c>/api/bounds/LEVEL</c>), one area's polygons (<c>/api/outline/LEVEL/ID</c>), the area at a place (<c>/api/area-at/LEVEL?lon=&amp;lat=</c>), a level's picture (<c>/api/picture/LEVEL/FIELD</c>), the first view and its picture (<c>/api/first-view</c>, <c>/api/first-picture</c>), vector tiles (<c>/tiles/LEVEL/Z/X/Y.pbf</c>) and raster tiles of a map layer (<c>/raster/LEVEL/FIELD/Z/X/Y.png</c>), and the folder's files (<c>/data/NAME</c>). Anything else is 404.
/// </summary>
internal static class ViewerEndpoints
{
    public const string IndexPath = "/api/index";

    /// <summary>A level's map classes (<see cref="LevelClasses"/>): <c>/api/classes/ward</c>.</summary>
    public const string ClassesPath = "/api/classes";

    /// <summary>The properties of a level's areas in feature-id order: <c>/api/areas/ward</c>.</summary>
    public const string AreasPath = "/api/areas";

    /// <summary>The bounds of a level's areas, <c>[west, south, east, north]</c>: <c>/api/bounds/ward</c>.</summary>
    public const string BoundsPath = "/api/bounds";

    /// <summary>The polygons of one area by its feature id in the tiles: <c>/api/outline/ward/7</c>.</summary>
    public const string OutlinePath = "/api/outline";

    /// <summary>
    /// The feature id of the area of a level at a place, <c>{"id":7}</c> (<c>{"id":null}</c> where none is):
    /// <c>/api/area-at/lsoa?lon=-1.51&amp;lat=52.41</c>. The page asks it under the pointer where it loads no vector tiles
    /// (a dense level zoomed out, drawn from raster tiles).
    /// </summary>
    public const string AreaAtPath = "/api/area-at";

    /// <summary>A level's whole map in one layer's classes as PNG (<see cref="LevelPicture"/>): <c>/api/picture/lsoa/da_incidents_rate_per_1000</c>.</summary>
    public const string PicturePath = "/api/picture";

    /// <summary>The level and layer the page opens on (<see cref="FirstView"/>) for the address's <c>?level=&amp;indicator=&amp;period=</c>.</summary>
    public const string FirstViewPath = "/api/first-view";

    /// <summary>The picture of the first view for the same query; 204 (nothing) when its level is not large enough to need one.</summary>
    public const string FirstPicturePath = "/api/first-picture";

    /// <summary>One area's rows of the per-area tables (<see cref="AreaTable"/>): <c>/api/area/ward/E05001219</c>.</summary>
    public const string AreaPath = "/api/area";

    /// <summary>Each period layer's published figures by area (<see cref="PeriodValue"/>): <c>/api/periods/ward</c>.</summary>
    public const string PeriodsPath = "/api/periods";

    /// <summary>Where a postcode is and the area of each level it falls in: <c>/api/postcode/CV1 2AB</c>.</summary>
    public const string PostcodePath = "/api/postcode";

    /// <summary>A level's vector tiles: <c>/tiles/ward/12/2035/1365.pbf</c>.</summary>
    public const string TilesPath = "/tiles";

    /// <summary>A level's raster tiles in one map layer's classes: <c>/raster/lsoa/da_rate_per_1000/6/31/20.png</c> (<c>?scale=2</c> for a high-density screen).</summary>
    public const string RasterPath = "/raster";

    /// <summary>The zooms whose tiles are made when the viewer starts: a whole country fits the screen at zoom 5 or 6.</summary>
    private const int WarmZoom = 6;

    private const string TileContentType = "application/vnd.mapbox-vector-tile";

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly JsonSerializerOptions IndexJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(WebApplication app, OutputFolder folder, Basemap? basemap, PostcodeSearch postcodes)
    {
        var assets = new EmbeddedAssets();
        var index = new OutputIndexReader(folder);
        var classes = new LevelClassesReader(folder, index);
        var tiles = new LevelTilesReader(folder, index, classes);
        var areaTables = new AreaTablesReader(folder);
        // The zoomed-out tiles are made (and the postcode lookup read) when the page is first asked for, while it loads its scripts, on a thread of
        // its own below normal priority: a viewer nobody looks at does no work, and requests and Ctrl+C come first.
        var warming = 0;
        void WarmAll()
        {
            tiles.Warm(WarmZoom, app.Lifetime.ApplicationStopping);
            postcodes.Warm();
        }

        void WarmOnce()
        {
            if (Interlocked.Exchange(ref warming, 1) == 0)
            {
                new Thread(WarmAll) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "tile warm-up" }.Start();
            }
        }

        app.MapMethods("/", ReadMethods, () =>
        {
            WarmOnce();
            return Asset(assets, "index.html");
        });
        app.MapMethods("/assets/{**name}", ReadMethods, (string name) => Asset(assets, name));
        app.MapMethods(IndexPath, ReadMethods, () => Results.Json(index.Read() with { Basemap = basemap, PostcodesOff = postcodes.Off }, IndexJson));
        app.MapMethods(ClassesPath + "/{level}", ReadMethods, (string level) => classes.Read(level) is { } json
            ? Results.Bytes(json, "application/json; charset=utf-8")
            : Results.Text($"no level '{level}' to class in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(AreasPath + "/{level}", ReadMethods, (string level) => tiles.Areas(level) is { } json
            ? Results.Bytes(json, "application/json; charset=utf-8")
            : Results.Text($"no level '{level}' with areas in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(BoundsPath + "/{level}", ReadMethods, (string level) => tiles.Bounds(level) is { } json
            ? Results.Bytes(json, "application/json; charset=utf-8")
            : Results.Text($"no level '{level}' with areas in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(OutlinePath + "/{level}/{id}", ReadMethods, (string level, string id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var featureId)
            && tiles.Outline(level, featureId) is { } json
                ? Results.Bytes(json, "application/geo+json")
                : Results.Text($"no area {id} of a level '{level}' in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(AreaAtPath + "/{level}", ReadMethods, (string level, string? lon, string? lat) =>
        {
            if (!Degrees(lon, 180, out var longitude) || !Degrees(lat, 90, out var latitude))
            {
                return Results.Text($"lon '{lon}' and lat '{lat}' are not a longitude (-180 to 180) and a latitude (-90 to 90) in degrees", statusCode: StatusCodes.Status400BadRequest);
            }

            return tiles.Layer(level) is { } layer
                ? Results.Json(new { id = layer.AreaAt(longitude, latitude) + 1 })
                : Results.Text($"no level '{level}' with areas in this folder", statusCode: StatusCodes.Status404NotFound);
        });
        app.MapMethods(PicturePath + "/{level}/{field}", ReadMethods, (string level, string field) => tiles.Picture(level, field) is { } png
            ? Results.Bytes(png, "image/png")
            : Results.Text($"no map layer '{field}' of a level '{level}' in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(FirstViewPath, ReadMethods, (string? level, string? indicator, string? period) =>
            FirstView.Of(index.Read().Levels, level, indicator, period) is { } view
                ? Results.Json(view, IndexJson)
                : Results.Text("this folder has no level with boundaries and an indicator to map", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(FirstPicturePath, ReadMethods, (string? level, string? indicator, string? period) =>
        {
            var levels = index.Read().Levels;
            return FirstView.Of(levels, level, indicator, period) is { } view && levels.First(l => l.Name == view.Level).Areas > LevelPicture.LargeLevel
                && tiles.Picture(view.Level, view.Layer) is { } png
                    ? Results.Bytes(png, "image/png")
                    : Results.NoContent();
        });
        app.MapMethods(AreaPath + "/{level}/{code}", ReadMethods, (string level, string code) => index.Read().Levels.Any(l => l.Name == level)
            ? Results.Json(new { tables = areaTables.Read(level, code), problems = areaTables.Problems }, IndexJson)
            : Results.Text($"no level '{level}' in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(PeriodsPath + "/{level}", ReadMethods, (string level) => index.Read().Levels.FirstOrDefault(l => l.Name == level && l.Problem is null) is { } entry
            ? Results.Json(entry.Indicators.Where(i => i.Values is not null).ToDictionary(i => i.Field, i => i.Values), IndexJson)
            : Results.Text($"no level '{level}' in this folder", statusCode: StatusCodes.Status404NotFound));
        app.MapMethods(PostcodePath + "/{text}", ReadMethods, (string text) =>
        {
            var (place, problem) = postcodes.Find(text);
            if (place is null)
            {
                return Results.Text(problem, statusCode: StatusCodes.Status404NotFound);
            }

            var areas = index.Read().Levels.Where(l => l.Problem is null)
                .Select(level => (Level: level.Name, Layer: tiles.Layer(level.Name)))
                .Select(l => (l.Level, l.Layer, At: l.Layer?.AreaAt(place.Longitude, place.Latitude)))
                .Where(l => l.At is not null)
                .Select(l => new PostcodeArea(l.Level, l.At!.Value + 1, LayerProperties.Text(l.Layer!.Properties[l.At.Value], Tables.AssessColumns.Code), LayerProperties.Text(l.Layer.Properties[l.At.Value], Tables.AssessColumns.Name)));
            return Results.Json(new { place.Postcode, place.Longitude, place.Latitude, areas }, IndexJson);
        });
        app.MapMethods(TilesPath + "/{level}/{z}/{x}/{y}.pbf", ReadMethods, (string level, string z, string x, string y) =>
        {
            var (address, problem) = TileAddress.Parse(z, x, y);
            if (address is null)
            {
                return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            return tiles.Tiles(level) is { } levelTiles
                ? Results.Bytes(levelTiles.Tile(address), TileContentType)
                : Results.Text($"no level '{level}' to tile in this folder", statusCode: StatusCodes.Status404NotFound);
        });
        app.MapMethods(RasterPath + "/{level}/{field}/{z}/{x}/{y}.png", ReadMethods, (string level, string field, string z, string x, string y, string? scale) =>
        {
            if (scale is not (null or "1" or "2"))
            {
                return Results.Text($"scale '{scale}' is not 1 or 2 (image pixels to a screen pixel)", statusCode: StatusCodes.Status400BadRequest);
            }

            var (address, problem) = TileAddress.Parse(z, x, y);
            if (address is null || address.Z > LevelTiles.RasterMaxZoom)
            {
                return Results.Text(address is null ? problem : $"raster tiles are drawn to zoom {LevelTiles.RasterMaxZoom}; the vector tiles serve deeper zooms", statusCode: StatusCodes.Status400BadRequest);
            }

            return tiles.Raster(level, field, address, scale == "2" ? 2 : 1) is { } png
                ? Results.Bytes(png, "image/png")
                : Results.Text($"no map layer '{field}' of a level '{level}' in this folder", statusCode: StatusCodes.Status404NotFound);
        });
        app.MapMethods("/data/{**name}", ReadMethods, (string name) =>
        {
            var file = folder.Find(name);
            return file.Path is null
                ? Results.Text(file.Reason, statusCode: file.Status)
                : Results.File(file.Path, file.ContentType);
        });
    }

    private static bool Degrees(string? text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees) && Math.Abs(degrees) <= limit;

    private static IResult Asset(EmbeddedAssets assets, string name) =>
        assets.TryGet(name, out var content, out var contentType)
            ? Results.Bytes(content, contentType)
            : Results.NotFound();
}
