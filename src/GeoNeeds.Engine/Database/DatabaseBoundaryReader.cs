using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// Reads boundaries from a PostGIS table or query (<c>SELECT code, name, geom FROM ...</c>) into an
/// <see cref="AreaLayer"/>, with the same checks and repairs as boundary files.
/// </summary>
public static class DatabaseBoundaryReader
{
    /// <summary>Reads one area per row, in code order.</summary>
    /// <remarks>
    /// The coordinate system is, in order: <see cref="BoundaryReadOptions.CoordinateSystem"/>; the geometries'
    /// SRID (4326 or 27700); a guess from the range of the coordinates when the SRID is 0. A stated system is
    /// checked against the coordinates' range, as for files, so metres tagged 4326 are refused rather than matching nothing. Invalid polygons are
    /// repaired and counted as in files; messages number rows in code order (codes missing last) as files number features.
    /// </remarks>
    /// <exception cref="InputDataException">
    /// The source cannot be read or holds no rows; a named column is absent; a row lacks a code, repeats one or
    /// is not a polygon; the SRIDs differ between rows or are not supported; the stated system does not fit the
    /// coordinates; or the coordinate system cannot be determined.
    /// </exception>
    public static AreaLayer Read(PostGisDatabase database, DatabaseSource source, BoundaryReadOptions? options = null)
    {
        options ??= new BoundaryReadOptions();
        using var connection = database.Connect();
        var columns = AreaColumns.Choose(SourceColumns.Of(connection, source), options);
        var (features, srids) = PostGisDatabase.Answering(source.Label, () => ReadFeatures(connection, source, columns));
        if (features.Count == 0)
        {
            throw new InputDataException(source.Label, "holds no rows, so there are no areas to read.");
        }

        var (areas, repaired) = AreaBuilder.Build(source.Label, features, columns.Fields);
        var extent = Extent(areas);
        var stated = options.CoordinateSystem ?? StatedSystem(source, columns, srids);
        if (stated is not null)
        {
            StatedRangeCheck.Check(source.Label, stated, byStudy: options.CoordinateSystem is not null, extent, StatedRangeCheck.SridStatement);
        }

        var system = stated ?? InferredSystem(source, extent);
        foreach (var area in areas)
        {
            area.Geometry.SRID = system.Epsg;
        }

        return new AreaLayer(options.LayerName, system, areas, repaired);
    }

    private static (List<IFeature> Features, HashSet<int> Srids) ReadFeatures(NpgsqlConnection connection, DatabaseSource source, AreaColumns columns)
    {
        var code = SqlName.Quote(columns.Fields.Code);
        var name = columns.Fields.Name is { } named ? SqlName.Quote(named) : code;
        var sql = $"SELECT CAST({code} AS text), CAST({name} AS text), {SqlName.Quote(columns.Geometry)} FROM {source.From} ORDER BY CAST({code} AS text) COLLATE \"C\"";
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var features = new List<IFeature>();
        var srids = new HashSet<int>();
        while (reader.Read())
        {
            var geometry = reader.IsDBNull(2) ? null : reader.GetFieldValue<Geometry>(2);
            if (geometry is not null)
            {
                srids.Add(geometry.SRID);
            }

            var attributes = new AttributesTable { { columns.Fields.Code, Text(reader, 0) } };
            if (columns.Fields.Name is { } nameColumn && nameColumn != columns.Fields.Code)
            {
                attributes.Add(nameColumn, Text(reader, 1));
            }

            features.Add(new Feature(geometry, attributes));
        }

        return (features, srids);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static CoordinateSystem? StatedSystem(DatabaseSource source, AreaColumns columns, HashSet<int> srids)
    {
        var stated = srids.Where(s => s > 0).Order().ToList();
        return stated switch
        {
            [] => null,
            [4326] => CoordinateSystem.Wgs84,
            [27700] => CoordinateSystem.BritishNationalGrid,
            [var other] => throw new InputDataException(source.Label, 0, columns.Geometry, $"the geometries have SRID {other}; GeoNeeds reads SRID 4326 (lon/lat) and 27700 (British National Grid): read the boundaries through a query with ST_Transform({columns.Geometry}, 27700)."),
            _ => throw new InputDataException(source.Label, 0, columns.Geometry, $"the geometries have several SRIDs ({string.Join(", ", stated)}); transform them to one with ST_Transform in a query."),
        };
    }

    private static Envelope Extent(List<Area> areas)
    {
        var extent = new Envelope();
        foreach (var area in areas)
        {
            extent.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        return extent;
    }

    private static CoordinateSystem InferredSystem(DatabaseSource source, Envelope extent)
    {
        return CoordinateSystem.FromRange(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY)
            ?? throw new InputDataException(source.Label, string.Create(CultureInfo.InvariantCulture, $"the geometries have SRID 0 and their extent (x {extent.MinX:R}..{extent.MaxX:R}, y {extent.MinY:R}..{extent.MaxY:R}) fits neither longitude/latitude nor British National Grid metres; set their SRID (ST_SetSRID) or state the level's crs."));
    }
}
