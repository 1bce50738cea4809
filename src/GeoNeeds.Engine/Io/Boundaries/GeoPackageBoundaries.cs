using GeoNeeds.Engine.Geo;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads one feature table of an OGC GeoPackage: the table and its geometry column from
/// <c>gpkg_contents</c> and <c>gpkg_geometry_columns</c>, the coordinate system from <c>gpkg_spatial_ref_sys</c>,
/// and each row's geometry blob with NetTopologySuite's GeoPackage reader.
/// </summary>
internal static class GeoPackageBoundaries
{
    /// <exception cref="InputDataException">The file is not a GeoPackage, has no such feature table, or holds a broken geometry.</exception>
    public static BoundarySource Read(string file, string? tableName)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        var features = new List<IFeature>();
        try
        {
            connection.Open();
            var (table, geometryColumn, srsId) = FeatureTable(file, connection, tableName);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Quoted(table)}";
            using var rows = command.ExecuteReader();
            var geometryReader = new GeoPackageGeoReader();
            while (rows.Read())
            {
                var attributes = new AttributesTable();
                NetTopologySuite.Geometries.Geometry? geometry = null;
                for (var c = 0; c < rows.FieldCount; c++)
                {
                    var value = rows.IsDBNull(c) ? null : rows.GetValue(c);
                    if (string.Equals(rows.GetName(c), geometryColumn, StringComparison.OrdinalIgnoreCase))
                    {
                        geometry = value is byte[] blob ? geometryReader.Read(blob) : null;
                    }
                    else
                    {
                        attributes.Add(rows.GetName(c), value);
                    }
                }

                features.Add(new Feature(geometry, attributes));
            }

            return new BoundarySource(features, Stated(file, connection, srsId));
        }
        catch (SqliteException e)
        {
            throw new InputDataException(file, $"the file is not a readable GeoPackage: {e.Message}");
        }
        catch (Exception e) when (e is ArgumentException or ParseException or IOException)
        {
            throw new InputDataException(file, features.Count + 1, "geometry", $"feature {features.Count + 1} has a geometry that cannot be read: {e.Message}");
        }
    }

    private static (string Table, string GeometryColumn, long SrsId) FeatureTable(string file, SqliteConnection connection, string? wanted)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c " +
            "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.rowid";
        var tables = new List<(string Table, string GeometryColumn, long SrsId)>();
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                tables.Add((rows.GetString(0), rows.GetString(1), rows.GetInt64(2)));
            }
        }

        if (tables.Count == 0)
        {
            throw new InputDataException(file, "the GeoPackage has no feature tables.");
        }

        if (wanted is null)
        {
            return tables[0];
        }

        var index = tables.FindIndex(t => string.Equals(t.Table, wanted, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? tables[index]
            : throw new InputDataException(file, $"the GeoPackage has no feature table '{wanted}'; its feature tables are: {string.Join(", ", tables.Select(t => t.Table))}.");
    }

    /// <summary>
    /// The coordinate system of <paramref name="srsId"/>: by its EPSG code, else by its definition; <c>null</c> for the
    /// GeoPackage's "undefined" systems (srs_id 0 and −1), which leave the choice to the coordinates.
    /// </summary>
    private static CoordinateSystem? Stated(string file, SqliteConnection connection, long srsId)
    {
        if (srsId is 0 or -1)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var rows = command.ExecuteReader();
        if (!rows.Read())
        {
            return null;
        }

        if (string.Equals(rows.GetString(0), "EPSG", StringComparison.OrdinalIgnoreCase))
        {
            return rows.GetInt64(1) switch
            {
                4326 => CoordinateSystem.Wgs84,
                27700 => CoordinateSystem.BritishNationalGrid,
                var other => throw StatedCoordinateSystem.Unsupported(file, $"EPSG:{other}"),
            };
        }

        return StatedCoordinateSystem.FromWkt(file, rows.GetString(2));
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
