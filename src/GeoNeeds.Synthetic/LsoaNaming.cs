using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// ONS-style LSOA names: the authority name, a three-digit MSOA number and a letter ("Saltmere 007C").
/// </summary>
/// <remarks>
/// Each ward's LSOAs, taken round the ward centre, form MSOA-like groups of four or five; the groups are
/// numbered from north to south as ONS numbers MSOAs, and lettered within each group.
/// </remarks>
internal static class LsoaNaming
{
    private const double LsoasPerMsoa = 4.5;

    /// <summary>A name for each polygon, in the order given.</summary>
    public static string[] Names(IReadOnlyList<Polygon> lsoas, int[] wardOf)
    {
        var groups = new List<List<int>>();
        foreach (var ward in wardOf.Distinct().Order())
        {
            var members = Enumerable.Range(0, lsoas.Count).Where(i => wardOf[i] == ward).ToList();
            var centre = new Coordinate(members.Average(i => lsoas[i].Centroid.X), members.Average(i => lsoas[i].Centroid.Y));
            members = members
                .OrderBy(i => Math.Atan2(lsoas[i].Centroid.Y - centre.Y, lsoas[i].Centroid.X - centre.X))
                .ToList();
            var groupCount = Math.Max(1, (int)Math.Round(members.Count / LsoasPerMsoa));
            groups.AddRange(Enumerable.Range(0, groupCount)
                .Select(g => members.Where((_, k) => k * groupCount / members.Count == g).ToList()));
        }

        var names = new string[lsoas.Count];
        var numbered = groups
            .OrderByDescending(group => group.Average(i => lsoas[i].Centroid.Y))
            .ThenBy(group => group.Average(i => lsoas[i].Centroid.X));
        foreach (var (group, number) in numbered.Select((group, n) => (group, n + 1)))
        {
            for (var k = 0; k < group.Count; k++)
            {
                names[group[k]] = $"{PlaceNames.Town} {number:D3}{(char)('A' + k)}";
            }
        }

        return names;
    }
}
