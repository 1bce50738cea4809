using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// The box, in the points' own coordinate system, outside which no point can fall in a layer's areas. The
/// database reprojects and tests only the points inside it; the rest are left to the engine's own rules.
/// This keeps reprojection inside the domain where PROJ can compute it (it refuses longitudes 90° from the
/// British National Grid's meridian, for example) and skips far-away points cheaply.
/// </summary>
internal static class SearchWindow
{
    private const int SamplesPerSide = 16;
    private const double Margin = 0.02;

    /// <summary>The layer's extent in <paramref name="points"/>' system, sampled along its sides and widened by 2%.</summary>
    public static Envelope Around(AreaLayer layer, CoordinateSystem points)
    {
        var extent = new Envelope();
        foreach (var area in layer.Areas)
        {
            extent.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        extent = Widened(extent);
        var transform = CoordinateTransform.Between(layer.CoordinateSystem, points);
        var window = new Envelope();
        for (var i = 0; i <= SamplesPerSide; i++)
        {
            var t = (double)i / SamplesPerSide;
            var (x, y) = (extent.MinX + (t * extent.Width), extent.MinY + (t * extent.Height));
            foreach (var (sx, sy) in new[] { (x, extent.MinY), (x, extent.MaxY), (extent.MinX, y), (extent.MaxX, y) })
            {
                var (px, py) = transform.Apply(sx, sy);
                window.ExpandToInclude(px, py);
            }
        }

        return Widened(window);
    }

    private static Envelope Widened(Envelope envelope)
    {
        var copy = envelope.Copy();
        copy.ExpandBy(Math.Max(envelope.Width, envelope.Height) * Margin);
        return copy;
    }
}
