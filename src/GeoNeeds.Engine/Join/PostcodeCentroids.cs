using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Engine.Join;

/// <summary>The postcode points of a lookup, in British National Grid, for <see cref="PostcodeAreaBuilder"/>.</summary>
/// <param name="Points">The postcodes with coordinates, live ones only unless terminated ones were asked for.</param>
/// <param name="WithoutCoordinates">Postcodes left out because the lookup has no coordinates for them.</param>
/// <param name="Terminated">Terminated postcodes left out.</param>
public sealed record PostcodeCentroids(IReadOnlyList<PostcodeCentroid> Points, int WithoutCoordinates, int Terminated)
{
    /// <summary>
    /// The points of <paramref name="lookup"/>'s postcodes, reprojected to British National Grid metres, in
    /// ordinal order of postcode. Terminated postcodes are left out unless <paramref name="includeTerminated"/>:
    /// their points often sit on a live neighbour's and would take part of its cell.
    /// </summary>
    public static PostcodeCentroids From(PostcodeLookup lookup, bool includeTerminated = false)
    {
        var points = new List<PostcodeCentroid>();
        var (withoutCoordinates, terminated) = (0, 0);
        foreach (var location in lookup.Locations.OrderBy(l => l.Postcode, StringComparer.Ordinal))
        {
            if (location.Terminated && !includeTerminated)
            {
                terminated++;
            }
            else if (location is { X: { } x, Y: { } y, CoordinateSystem: { } system })
            {
                var (easting, northing) = CoordinateTransform.Between(system, CoordinateSystem.BritishNationalGrid).Apply(x, y);
                points.Add(new PostcodeCentroid(location.Postcode, easting, northing, location.LsoaCode, location.Population));
            }
            else
            {
                withoutCoordinates++;
            }
        }

        return new PostcodeCentroids(points, withoutCoordinates, terminated);
    }
}
