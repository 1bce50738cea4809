using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Groups LSOA polygons into contiguous wards of similar size, the way wards are drawn from whole LSOAs.
/// </summary>
/// <remarks>
/// Ward seeds are the LSOAs nearest to k-means centres of the LSOA centroids; wards then grow one
/// neighbouring LSOA at a time, the smallest ward first, so each ward is a connected group.
/// </remarks>
internal static class WardDivision
{
    private const int KMeansRounds = 12;

    /// <summary>The ward index (0 .. <paramref name="wardCount"/> − 1) of each LSOA.</summary>
    public static int[] Assign(IReadOnlyList<Polygon> lsoas, int wardCount, Random random)
    {
        var centroids = lsoas.Select(lsoa => lsoa.Centroid.Coordinate).ToList();
        var seeds = SeedLsoas(centroids, wardCount, random);
        var neighbours = Neighbours(lsoas);
        var wardOf = Enumerable.Repeat(-1, lsoas.Count).ToArray();
        var sizes = new int[wardCount];
        for (var ward = 0; ward < wardCount; ward++)
        {
            wardOf[seeds[ward]] = ward;
            sizes[ward] = 1;
        }

        while (wardOf.Contains(-1))
        {
            var (ward, lsoa) = Enumerable.Range(0, wardCount)
                .SelectMany(w => Frontier(w, wardOf, neighbours).Select(l => (Ward: w, Lsoa: l)))
                .OrderBy(c => sizes[c.Ward])
                .ThenBy(c => centroids[c.Lsoa].Distance(centroids[seeds[c.Ward]]))
                .ThenBy(c => c.Lsoa)
                .First();
            wardOf[lsoa] = ward;
            sizes[ward]++;
        }

        return wardOf;
    }

    private static IEnumerable<int> Frontier(int ward, int[] wardOf, List<int>[] neighbours) =>
        Enumerable.Range(0, wardOf.Length)
            .Where(lsoa => wardOf[lsoa] == ward)
            .SelectMany(lsoa => neighbours[lsoa])
            .Where(lsoa => wardOf[lsoa] == -1)
            .Distinct();

    private static int[] SeedLsoas(List<Coordinate> centroids, int wardCount, Random random)
    {
        var centres = centroids.OrderBy(_ => random.Next()).Take(wardCount).Select(c => c.Copy()).ToList();
        for (var round = 0; round < KMeansRounds; round++)
        {
            var members = centroids.GroupBy(point => Nearest(centres, point)).ToList();
            foreach (var group in members)
            {
                centres[group.Key] = new Coordinate(group.Average(p => p.X), group.Average(p => p.Y));
            }
        }

        var seeds = new int[wardCount];
        var taken = new HashSet<int>();
        for (var ward = 0; ward < wardCount; ward++)
        {
            seeds[ward] = Enumerable.Range(0, centroids.Count)
                .Where(lsoa => !taken.Contains(lsoa))
                .MinBy(lsoa => centroids[lsoa].Distance(centres[ward]));
            taken.Add(seeds[ward]);
        }

        return seeds;
    }

    private static int Nearest(List<Coordinate> centres, Coordinate point) =>
        Enumerable.Range(0, centres.Count).MinBy(i => centres[i].Distance(point));

    /// <summary>For each LSOA, the LSOAs it shares an edge with (touching at a corner is not enough).</summary>
    private static List<int>[] Neighbours(IReadOnlyList<Polygon> lsoas)
    {
        var neighbours = lsoas.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < lsoas.Count; i++)
        {
            for (var j = i + 1; j < lsoas.Count; j++)
            {
                if (lsoas[i].EnvelopeInternal.Intersects(lsoas[j].EnvelopeInternal)
                    && lsoas[i].Boundary.Intersection(lsoas[j].Boundary).Length > 0)
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }
            }
        }

        return neighbours;
    }
}
