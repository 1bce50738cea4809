using NetTopologySuite.Geometries;
using static System.FormattableString;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Whether every vertex of a boundary can be a map coordinate at all, checked before anything computes with it:
/// a vertex at 1e308 or NaN passes parsing but overflows areas, reprojection and GeoJSON output later on.
/// </summary>
internal static class VertexRange
{
    // Ten times the largest British National Grid northing: no supported system (lon/lat degrees, grid metres) goes further.
    private const double Limit = 13_000_000;

    /// <summary>Why <paramref name="geometry"/>'s first impossible vertex cannot be a coordinate, or <c>null</c> when all can.</summary>
    public static string? Problem(Geometry geometry)
    {
        foreach (var vertex in geometry.Coordinates)
        {
            if (!Plausible(vertex.X) || !Plausible(vertex.Y))
            {
                return Invariant($"a vertex at ({vertex.X:R}, {vertex.Y:R}), which is no longitude/latitude or British National Grid coordinate; correct or remove that vertex");
            }
        }

        return null;
    }

    private static bool Plausible(double value) => double.IsFinite(value) && Math.Abs(value) <= Limit;
}
