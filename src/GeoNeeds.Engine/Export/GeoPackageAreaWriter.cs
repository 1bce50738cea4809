using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Writes areas with their results as an OGC GeoPackage (version 1.2, OGC 12-128r15): one feature table per
/// layer, in WGS 84 longitude/latitude, with the properties as typed columns, for QGIS, ArcGIS and GDAL.
/// </summary>
public static class GeoPackageAreaWriter
{
    private const string GeometryColumn = "geom";

    private const string Wgs84Definition =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    // The core tables of the standard (§1.1.2, §1.1.3, §2.1.5) and the three coordinate systems it requires.
    private const string CoreTables = """
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10200;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
          description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
        """;

    /// <summary>
    /// Writes each of <paramref name="layers"/> as a feature table named after it, atomically (<see cref="AtomicFile"/>):
    /// a <c>fid</c> key, a <c>geom</c> column of multipolygons (a polygon is written as a one-part multipolygon) with
    /// coordinates rounded to <paramref name="decimals"/> places, then the properties in order, each column INTEGER,
    /// REAL, BOOLEAN or TEXT after the values it holds; null, NaN and infinities as NULL.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate is not WGS 84 longitude/latitude or a layer repeats a property name; no file is written.</exception>
    public static void Write(string path, IReadOnlyList<(string Name, IReadOnlyList<AreaFeature> Features)> layers, int decimals = 6)
    {
        AtomicFile.WriteAt(path, temporary =>
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
            connection.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, CoreTables);
            Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $definition, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')", ("$definition", Wgs84Definition));
            foreach (var (name, features) in layers)
            {
                WriteTable(connection, name, features, decimals, Path.GetFileName(path));
            }

            transaction.Commit();
        });
    }

    private static void WriteTable(SqliteConnection connection, string table, IReadOnlyList<AreaFeature> features, int decimals, string file)
    {
        var columns = GeoPackageColumns.Of(table, features);
        var names = columns.Select(c => Quoted(c.Name)).ToList();
        Execute(connection, $"CREATE TABLE {Quoted(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {GeometryColumn} MULTIPOLYGON, {string.Join(", ", columns.Select(c => $"{Quoted(c.Name)} {c.Type}"))})");
        var envelope = new Envelope();
        var writer = new GeoPackageGeoWriter();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Quoted(table)} ({GeometryColumn}, {string.Join(", ", names)}) VALUES ($geom, {string.Join(", ", names.Select((_, i) => $"$v{i}"))})";
        for (var f = 0; f < features.Count; f++)
        {
            var geometry = AsMultiPolygon(features[f].Geometry.Copy());
            geometry.Apply(new LonLatRounding(decimals, string.Create(CultureInfo.InvariantCulture, $"Feature {f + 1} of table {table} of {file}")));
            geometry.SRID = 4326;
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", writer.Write(geometry));
            var values = features[f].Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                insert.Parameters.AddWithValue($"$v{c}", GeoPackageColumns.Cell(values.GetValueOrDefault(columns[c].Name)));
            }

            insert.ExecuteNonQuery();
        }

        Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) VALUES ($t, 'features', $t, $x0, $y0, $x1, $y1, 4326)",
            ("$t", table), ("$x0", envelope.IsNull ? null : envelope.MinX), ("$y0", envelope.IsNull ? null : envelope.MinY),
            ("$x1", envelope.IsNull ? null : envelope.MaxX), ("$y1", envelope.IsNull ? null : envelope.MaxY));
        Execute(connection, $"INSERT INTO gpkg_geometry_columns VALUES ($t, '{GeometryColumn}', 'MULTIPOLYGON', 4326, 0, 0)", ("$t", table));
    }

    /// <summary>Areas are polygons or multipolygons; one column type for all keeps GIS software from guessing.</summary>
    private static Geometry AsMultiPolygon(Geometry geometry) =>
        geometry is Polygon polygon ? geometry.Factory.CreateMultiPolygon([polygon]) : geometry;

    /// <summary>Runs one SQL statement (or several without parameters) with named parameters, null as SQL NULL.</summary>
    internal static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
