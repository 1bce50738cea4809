using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using Microsoft.Data.Sqlite;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// Writes each level's vector tiles (the tiles <c>geoneeds view</c> serves) into an MBTiles 1.3 file,
/// <c>&lt;level&gt;.mbtiles</c>: SQLite with a <c>metadata</c> table and a <c>tiles</c> table of gzipped Mapbox Vector
/// Tiles in TMS rows, which QGIS, GDAL (<c>ogrinfo</c>) and tile servers open. Only tiles that hold an area are written.
/// </summary>
/// <remarks>MBTiles 1.3 specification, mapbox/mbtiles-spec on GitHub.</remarks>
public static class MbTilesFile
{
    /// <summary>The deepest zoom written unless asked otherwise: streets of a town, about 40 m a pixel.</summary>
    public const int DefaultMaxZoom = 12;

    /// <summary>The deepest zoom that can be written, as the viewer serves.</summary>
    public const int MaxZoom = TileAddress.MaxZoom;

    /// <summary>The file name of a level's tiles: <c>ward.mbtiles</c>.</summary>
    public static string NameOf(string level) => $"{level}.mbtiles";

    /// <summary>Writes every level of the output folder <paramref name="folder"/> that the viewer can show, each file written whole or not at all.</summary>
    /// <param name="target">The folder the files go to (created when missing).</param>
    /// <param name="maxZoom">The deepest zoom, 0 to <see cref="MaxZoom"/>.</param>
    /// <param name="progress">Told of each level written: its name, tile count and file.</param>
    /// <returns>Each file written, with its level and tile count, in the run's level order.</returns>
    public static IReadOnlyList<(string Level, string Path, int Tiles)> WriteAll(string folder, string target, int maxZoom = DefaultMaxZoom, IProgress<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxZoom, MaxZoom);
        ArgumentOutOfRangeException.ThrowIfNegative(maxZoom);
        var output = new OutputFolder(folder);
        var index = new OutputIndexReader(output);
        var reader = new LevelTilesReader(output, index, new LevelClassesReader(output, index));
        var outputs = index.Read();
        Directory.CreateDirectory(target);
        var written = new List<(string, string, int)>();
        foreach (var level in outputs.Levels.Where(l => l.Problem is null))
        {
            if (reader.Tiles(level.Name) is not { } tiles)
            {
                continue;
            }

            var path = Path.Combine(target, NameOf(level.Name));
            var count = 0;
            AtomicFile.WriteAt(path, temporary => count = Write(temporary, tiles, level, outputs, maxZoom));
            written.Add((level.Name, path, count));
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{level.Name}: {count:N0} tiles, zoom 0 to {maxZoom}, {new FileInfo(path).Length / 1e6:F1} MB"));
        }

        return written;
    }

    private static int Write(string path, LevelTiles tiles, LevelEntry level, OutputIndex outputs, int maxZoom)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        using (connection)
        {
            connection.Open();
            Execute(connection, "CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB); CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);");
            using var transaction = connection.BeginTransaction();
            foreach (var (name, value) in Metadata(level, outputs, tiles, maxZoom))
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO metadata (name, value) VALUES ($name, $value)";
                insert.Parameters.AddWithValue("$name", name);
                insert.Parameters.AddWithValue("$value", value);
                insert.ExecuteNonQuery();
            }

            using var tile = connection.CreateCommand();
            tile.CommandText = "INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES ($z, $x, $y, $data)";
            var (z, x, y, data) = (tile.Parameters.Add("$z", SqliteType.Integer), tile.Parameters.Add("$x", SqliteType.Integer), tile.Parameters.Add("$y", SqliteType.Integer), tile.Parameters.Add("$data", SqliteType.Blob));
            var count = 0;
            foreach (var address in Enumerable.Range(0, maxZoom + 1).SelectMany(tiles.Covering))
            {
                // MBTiles numbers rows from the south (TMS); the viewer's addresses from the north (XYZ).
                (z.Value, x.Value, y.Value, data.Value) = (address.Z, address.X, (1 << address.Z) - 1 - address.Y, Gzip(tiles.Tile(address)));
                tile.ExecuteNonQuery();
                count++;
            }

            transaction.Commit();
            return count;
        }
    }

    private static IEnumerable<(string Name, string Value)> Metadata(LevelEntry level, OutputIndex outputs, LevelTiles tiles, int maxZoom)
    {
        var bounds = tiles.Extent;
        string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string> { ["area_code"] = "String", ["area_name"] = "String" };
        foreach (var indicator in level.Indicators)
        {
            // Hot-spot clusters and periods come from their own tables: their tiles carry the legend row only.
            var values = indicator.Kind == HotSpotDiscovery.Kind || indicator.Period is not null ? [] : new[] { indicator.Field, indicator.Count, indicator.Lower95, indicator.Upper95 };
            foreach (var field in values.OfType<string>())
            {
                fields.TryAdd(field, "Number");
            }

            fields.TryAdd(TileAttributes.ClassOf(indicator.Field), "Number");
        }

        var layers = new[] { new { id = LevelTiles.LayerName, description = $"{level.Name} areas; values and names from zoom {TileAttributes.DetailZoom}, legend rows (class:FIELD) at every zoom", minzoom = 0, maxzoom = maxZoom, fields } };
        yield return ("name", $"{outputs.Title}: {level.Name}");
        yield return ("format", "pbf");
        yield return ("type", "overlay");
        yield return ("version", "1.3");
        yield return ("description", $"The {level.Name} areas of the output folder {Path.GetFileName(outputs.Folder)}, as geoneeds view draws them.");
        yield return ("minzoom", "0");
        yield return ("maxzoom", maxZoom.ToString(CultureInfo.InvariantCulture));
        yield return ("bounds", $"{Number(bounds.MinX)},{Number(bounds.MinY)},{Number(bounds.MaxX)},{Number(bounds.MaxY)}");
        yield return ("center", $"{Number(bounds.Centre.X)},{Number(bounds.Centre.Y)},{Math.Min(maxZoom, 8).ToString(CultureInfo.InvariantCulture)}");
        yield return ("attribution", string.Join(' ', outputs.Attribution));
        yield return ("json", JsonSerializer.Serialize(new { vector_layers = layers }));
    }

    private static byte[] Gzip(byte[] tile)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(tile);
        }

        return buffer.ToArray();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
