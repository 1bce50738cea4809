using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// Places map metres on the page: one scale for both axes (equal aspect, so shapes are not stretched), the
/// extent centred in the frame, north up.
/// </summary>
internal sealed class PageFrame
{
    private readonly double _scale;
    private readonly double _originX;
    private readonly double _originY;

    /// <param name="extent">The map extent in metres.</param>
    /// <param name="frame">The page rectangle to fit it into, in pixels.</param>
    public PageFrame(Envelope extent, SKRect frame)
    {
        Frame = frame;
        var width = Math.Max(extent.Width, 1);
        var height = Math.Max(extent.Height, 1);
        _scale = Math.Min(frame.Width / width, frame.Height / height);
        _originX = frame.MidX - (extent.Centre.X * _scale);
        _originY = frame.MidY + (extent.Centre.Y * _scale);
    }

    /// <summary>The page rectangle the map is fitted into.</summary>
    public SKRect Frame { get; }

    /// <summary>Metres on the ground per pixel on the page.</summary>
    public double MetresPerPixel => 1 / _scale;

    /// <summary>The page position of a point in map metres (y grows downward on the page).</summary>
    public SKPoint ToPage(double x, double y) => new((float)(_originX + (x * _scale)), (float)(_originY - (y * _scale)));

    /// <summary>The map metres at a page position.</summary>
    public (double X, double Y) ToMap(float x, float y) => ((x - _originX) / _scale, (_originY - y) / _scale);

    /// <summary>
    /// Every ring of a polygonal geometry on the page, dropping vertices within a quarter pixel of the last one
    /// kept (invisible, and the bulk of a national map's work).
    /// </summary>
    public IReadOnlyList<SKPoint[]> Rings(Geometry geometry)
    {
        var rings = new List<SKPoint[]>();
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            if (geometry.GetGeometryN(p) is not Polygon polygon)
            {
                continue;
            }

            rings.Add(Ring(polygon.ExteriorRing.CoordinateSequence));
            foreach (var hole in polygon.InteriorRings)
            {
                rings.Add(Ring(hole.CoordinateSequence));
            }
        }

        return rings;
    }

    private SKPoint[] Ring(CoordinateSequence sequence)
    {
        const float minimumStep = 0.25f;
        var points = new List<SKPoint>(sequence.Count);
        for (var i = 0; i < sequence.Count; i++)
        {
            var point = ToPage(sequence.GetX(i), sequence.GetY(i));
            if (points.Count == 0 || Math.Abs(point.X - points[^1].X) + Math.Abs(point.Y - points[^1].Y) >= minimumStep)
            {
                points.Add(point);
            }
        }

        return [.. points];
    }
}
