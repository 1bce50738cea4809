using GeoNeeds.Engine.Geo;
using static System.FormattableString;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// Whether a coordinate pair can be a place in its coordinate system, and if not, the likely mistake: longitude
/// and latitude swapped, or eastings/northings declared as longitude/latitude (or the reverse).
/// </summary>
/// <remarks>
/// Messages name the mistake, never the values: a swapped or mis-declared pair is still a victim's location,
/// and rejection reports are outputs.
/// </remarks>
internal static class CoordinateRange
{
    private const double MaxEasting = 800_000;
    private const double MaxNorthing = 1_300_000;

    /// <summary>Why (<paramref name="x"/>, <paramref name="y"/>) is not a place in <paramref name="system"/>, or <c>null</c> when it can be.</summary>
    public static string? Problem(double x, double y, CoordinateSystem system) =>
        system.IsGeographic ? LongitudeLatitudeProblem(x, y) : GridProblem(x, y);

    private static string? LongitudeLatitudeProblem(double longitude, double latitude)
    {
        // Great Britain lies at latitude 49..61 and longitude -9..2; a pair the other way round is a swap, not a place.
        if (longitude is >= 49 and <= 61 && latitude is >= -9 and <= 2)
        {
            return "longitude and latitude look swapped: Great Britain lies at latitude 49..61, longitude -9..2; check which column is which";
        }

        if (longitude is >= -180 and <= 180 && latitude is >= -90 and <= 90)
        {
            return null;
        }

        return IsGrid(longitude, latitude)
            ? "the values are outside longitude ±180 / latitude ±90 and look like British National Grid eastings/northings; declare the columns as EPSG:27700"
            : "the values are outside longitude ±180 / latitude ±90";
    }

    private static string? GridProblem(double easting, double northing)
    {
        // Eastings/northings this small are within 200 m of the grid's false origin in the Atlantic: they are
        // longitude/latitude in the wrong columns, not addresses.
        if (Math.Abs(easting) <= 180 && Math.Abs(northing) <= 90)
        {
            return "the values look like longitude/latitude, not British National Grid eastings/northings; declare the columns as EPSG:4326";
        }

        return IsGrid(easting, northing)
            ? null
            : Invariant($"the values are outside British National Grid eastings 0..{MaxEasting} / northings 0..{MaxNorthing}");
    }

    private static bool IsGrid(double easting, double northing) =>
        easting is >= 0 and <= MaxEasting && northing is >= 0 and <= MaxNorthing;
}
