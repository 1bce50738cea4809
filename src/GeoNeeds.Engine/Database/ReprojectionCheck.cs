using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// Checks that the database reprojects between two coordinate systems as the engine does, at points spread over
/// the study area, before a join is pushed down. PostGIS uses the EPSG definitions through PROJ, which takes the
/// OSTN15 grid for OSGB36 ↔ WGS 84 where the grid is installed: up to a few metres from the engine's Helmert
/// transformation (<see cref="CoordinateTransform"/>), enough to count a point in a neighbouring area.
/// </summary>
internal static class ReprojectionCheck
{
    /// <summary>Largest difference accepted, in the target system's units.</summary>
    private const double ToleranceMetres = 0.01;
    private const double ToleranceDegrees = 1e-8;

    /// <exception cref="InputDataException">The database's reprojection differs from the engine's by more than a millimetre.</exception>
    public static void Require(NpgsqlConnection connection, Envelope window, CoordinateSystem from, CoordinateSystem to, string source)
    {
        if (from == to)
        {
            return;
        }

        var probes = Enumerable.Range(0, 5).SelectMany(i => Enumerable.Range(0, 5).Select(j =>
            (X: window.MinX + (window.Width * i / 4), Y: window.MinY + (window.Height * j / 4)))).ToList();
        var engine = CoordinateTransform.Between(from, to);
        var database = PostGisDatabase.Answering(source, () => Reprojected(connection, probes, from, to));
        var worst = probes.Zip(database, (p, d) =>
        {
            var (x, y) = engine.Apply(p.X, p.Y);
            return Math.Max(Math.Abs(x - d.X), Math.Abs(y - d.Y));
        }).Max();
        var tolerance = to.IsGeographic ? ToleranceDegrees : ToleranceMetres;
        if (worst > tolerance)
        {
            throw new InputDataException(source, 0, "join", string.Create(CultureInfo.InvariantCulture,
                $"the database reprojects {from.Code} to {to.Code} differently from GeoNeeds (by up to {worst:G3} {(to.IsGeographic ? "degrees" : "metres")} over the study area; PROJ probably uses the OSTN15 grid), so a join pushed down into PostGIS would not count as the engine does. Use join: spatial, or store the points in {to.Code}."));
        }
    }

    private static List<(double X, double Y)> Reprojected(NpgsqlConnection connection, List<(double X, double Y)> probes, CoordinateSystem from, CoordinateSystem to)
    {
        using var command = new NpgsqlCommand(
            "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(x, y), @from), @to) AS p, n FROM unnest(@x, @y) WITH ORDINALITY AS probe(x, y, n)) AS reprojected ORDER BY n",
            connection);
        command.Parameters.AddWithValue("from", from.Epsg);
        command.Parameters.AddWithValue("to", to.Epsg);
        command.Parameters.AddWithValue("x", probes.Select(p => p.X).ToArray());
        command.Parameters.AddWithValue("y", probes.Select(p => p.Y).ToArray());
        using var reader = command.ExecuteReader();
        var reprojected = new List<(double X, double Y)>();
        while (reader.Read())
        {
            reprojected.Add((reader.GetDouble(0), reader.GetDouble(1)));
        }

        return reprojected;
    }
}
