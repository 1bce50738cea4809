using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Checks every coordinate of a geometry is a WGS 84 longitude/latitude and rounds it to a number of decimal
/// places. Applied to a copy, never to the caller's geometry.
/// </summary>
/// <remarks>
/// Six decimals is about 0.1 m on the ground, finer than any boundary we publish, and keeps files small
/// (RFC 7946 §11.2). The range check catches British National Grid eastings/northings that were never
/// reprojected, which would otherwise produce a file that silently draws nothing.
/// </remarks>
internal sealed class LonLatRounding(int decimals, string featureLabel) : IEntireCoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence sequence)
    {
        for (var i = 0; i < sequence.Count; i++)
        {
            var (longitude, latitude) = Round(sequence.GetX(i), sequence.GetY(i), decimals, featureLabel);
            sequence.SetX(i, longitude);
            sequence.SetY(i, latitude);
        }
    }

    /// <summary>One coordinate checked and rounded, for writers that round as they write rather than on a copy.</summary>
    /// <exception cref="ArgumentException">The coordinate is not a WGS 84 longitude/latitude.</exception>
    public static (double Longitude, double Latitude) Round(double longitude, double latitude, int decimals, string featureLabel)
    {
        if (!(Math.Abs(longitude) <= 180 && Math.Abs(latitude) <= 90))
        {
            var coordinate = string.Create(CultureInfo.InvariantCulture, $"({longitude}, {latitude})");
            throw new ArgumentException(
                $"{featureLabel} has coordinate {coordinate} outside longitude ±180 / latitude ±90: " +
                "GeoJSON must be WGS 84 lon/lat; reproject it first.");
        }

        return (Math.Round(longitude, decimals, MidpointRounding.AwayFromZero), Math.Round(latitude, decimals, MidpointRounding.AwayFromZero));
    }
}
