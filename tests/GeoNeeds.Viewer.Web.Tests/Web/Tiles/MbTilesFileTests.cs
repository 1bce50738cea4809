using System.IO.Compression;
using System.Text.Json;
using GeoNeeds.Viewer.Web.Tiles;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using VectorTileAddress = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace GeoNeeds.Viewer.Tests.Web.Tiles;

/// <summary>
/// <c>geoneeds tiles</c>' MBTiles files of the demo's outputs: read back with SQLite and NetTopologySuite's tile
/// reader, and opened by GDAL's <c>ogrinfo</c> (the reader QGIS uses) where it is installed.
/// </summary>
public class MbTilesFileTests
{
    private static readonly Lazy<(string Folder, IReadOnlyList<(string Level, string Path, int Tiles)> Written)> Demo = new(() =>
    {
        // A copy of the demo's outputs: the writer may add the classes files the demo's no-graphics run lacks.
        var folder = TestFolder.New();
        foreach (var file in Directory.EnumerateFiles(DemoOutputs.Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return (folder, MbTilesFile.WriteAll(folder, Path.Combine(folder, "tiles"), maxZoom: 12));
    });

    [Fact]
    public void WriteAll_DemoOutputs_WritesAFilePerLevelInTheRunsOrder()
    {
        var written = Demo.Value.Written;

        Assert.Equal(["lsoa", "ward", "lad"], written.Select(w => w.Level));
        Assert.All(written, w => Assert.Equal(Path.Combine(Demo.Value.Folder, "tiles", $"{w.Level}.mbtiles"), w.Path));
        Assert.All(written, w => Assert.Equal(w.Tiles, Scalar<long>(w.Path, "SELECT count(*) FROM tiles")));
    }

    [Fact]
    public void Metadata_DemoWards_NamesTheFormatZoomsBoundsAndLayerFields()
    {
        var path = Demo.Value.Written.Single(w => w.Level == "ward").Path;

        var metadata = Rows(path, "SELECT name, value FROM metadata").ToDictionary(r => (string)r[0], r => (string)r[1]);
        Assert.Equal("pbf", metadata["format"]);
        Assert.Equal("0", metadata["minzoom"]);
        Assert.Equal("12", metadata["maxzoom"]);
        var bounds = metadata["bounds"].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(LayerBounds("ward"), bounds, (a, b) => Math.Abs(a - b) < 1e-6);
        using var json = JsonDocument.Parse(metadata["json"]);
        var layer = json.RootElement.GetProperty("vector_layers").EnumerateArray().Single();
        Assert.Equal(LevelTiles.LayerName, layer.GetProperty("id").GetString());
        var fields = layer.GetProperty("fields").EnumerateObject().Select(f => f.Name).ToList();
        Assert.Contains("police_incidents_rate_per_1000", fields);
        Assert.Contains("class:police_incidents_rate_per_1000@2024", fields);
        Assert.DoesNotContain("police_incidents_hotspot", fields);
    }

    [Fact]
    public void Tiles_DemoWardsAtZoom12_HoldEveryWardWithItsRateAndAreInTmsRows()
    {
        var path = Demo.Value.Written.Single(w => w.Level == "ward").Path;

        var codes = new HashSet<string>();
        foreach (var row in Rows(path, "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = 12"))
        {
            var (x, tmsRow) = ((int)(long)row[0], (int)(long)row[1]);
            using var gzip = new GZipStream(new MemoryStream((byte[])row[2]), CompressionMode.Decompress);
            var tile = new MapboxTileReader().Read(gzip, new VectorTileAddress(x, (1 << 12) - 1 - tmsRow, 12));
            foreach (var feature in tile.Layers.Single().Features)
            {
                codes.Add((string)feature.Attributes["area_code"]);
                Assert.True(feature.Attributes.Exists("police_incidents_rate_per_1000"));
            }
        }

        Assert.Equal(JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(Demo.Value.Folder, "ward.geojson"))).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("area_code").GetString()!).Order(), codes.Order());
        // The one zoom 0 tile is row 0 in either numbering; at zoom 1 the demo's town (54°N) lies in the northern row, TMS row 1.
        Assert.Equal(1L, Scalar<long>(path, "SELECT tile_row FROM tiles WHERE zoom_level = 1"));
    }

    [SkippableFact]
    public void OgrInfo_DemoWardTiles_OpenWithTheirLayerAndFields()
    {
        var ogrinfo = new[] { "/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo" }.FirstOrDefault(File.Exists);
        Skip.If(ogrinfo is null, "GDAL's ogrinfo is not installed (Debian: apt-get install gdal-bin; .ci/run installs it), so the tiles are not opened with GDAL here.");
        var path = Demo.Value.Written.Single(w => w.Level == "ward").Path;

        var run = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(ogrinfo!, ["-ro", "-so", "-oo", "ZOOM_LEVEL=12", path, LevelTiles.LayerName]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = run.StandardOutput.ReadToEnd();
        var errors = run.StandardError.ReadToEnd();
        run.WaitForExit();

        Assert.True(run.ExitCode == 0, errors);
        Assert.Contains("using driver `MBTiles' successful", output, StringComparison.Ordinal);
        Assert.Contains("format=pbf", output, StringComparison.Ordinal);
        Assert.Contains("area_code: String", output, StringComparison.Ordinal);
        Assert.Contains("police_incidents_rate_per_1000: Real", output, StringComparison.Ordinal);
    }

    /// <summary>[west, south, east, north] of every coordinate of a level's GeoJSON layer, read here by hand.</summary>
    private static double[] LayerBounds(string level)
    {
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(Demo.Value.Folder, $"{level}.geojson")));
        var points = layer.RootElement.GetProperty("features").EnumerateArray().SelectMany(f => Positions(f.GetProperty("geometry").GetProperty("coordinates"))).ToList();
        return [points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y)];
    }

    private static IEnumerable<(double X, double Y)> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number
            ? [(coordinates[0].GetDouble(), coordinates[1].GetDouble())]
            : coordinates.EnumerateArray().SelectMany(Positions);

    private static T Scalar<T>(string path, string sql) => (T)Rows(path, sql).Single()[0];

    private static List<object[]> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
