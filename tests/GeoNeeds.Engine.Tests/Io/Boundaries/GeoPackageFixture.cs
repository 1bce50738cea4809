using GeoNeeds.Engine.Export;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>
/// Writes a minimal OGC GeoPackage: the three metadata tables the reader consults and one feature table per
/// entry, geometries encoded by NetTopologySuite's GeoPackage writer, every feature table in one coordinate system.
/// </summary>
internal static class GeoPackageFixture
{
    private const string MetadataTables = """
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
          description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
        """;

    /// <summary>
    /// A new GeoPackage called <paramref name="name"/> whose coordinate system has id <paramref name="srsId"/> and EPSG
    /// code <paramref name="epsgCode"/>, with the feature <paramref name="tables"/> in order; each table's columns are
    /// its first feature's attribute names, all TEXT.
    /// </summary>
    public static string Write(string name, long srsId, long epsgCode, params (string Table, IFeature[] Features)[] tables)
    {
        var path = Path.Combine(TestFiles.NewFolder(), name);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        GeoPackageAreaWriter.Execute(connection, MetadataTables);
        GeoPackageAreaWriter.Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('test', $srs, 'EPSG', $epsg, 'undefined', NULL)", ("$srs", srsId), ("$epsg", epsgCode));
        foreach (var (table, features) in tables)
        {
            var columns = features[0].Attributes.GetNames();
            GeoPackageAreaWriter.Execute(connection, $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, {string.Join(", ", columns.Select(c => $"\"{c}\" TEXT"))})");
            GeoPackageAreaWriter.Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ($t, 'features', $t, $srs)", ("$t", table), ("$srs", srsId));
            GeoPackageAreaWriter.Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', $srs, 0, 0)", ("$t", table), ("$srs", srsId));
            foreach (var feature in features)
            {
                feature.Geometry.SRID = (int)srsId;
                var values = columns.Select((c, i) => ($"$a{i}", feature.Attributes[c])).Append(("$geom", new GeoPackageGeoWriter().Write(feature.Geometry)));
                GeoPackageAreaWriter.Execute(connection, $"INSERT INTO \"{table}\" (geom, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ($geom, {string.Join(", ", columns.Select((_, i) => $"$a{i}"))})", [.. values]);
            }
        }

        return path;
    }
}
