using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// The town's anonymised map points: a couple of dozen per LSOA along a handful of invented streets, plus a
/// few points exactly on corners shared by three or more LSOAs, where a spatial join needs its tie rule.
/// </summary>
internal sealed class StreetMap
{
    private const int PointsPerLsoa = 24;
    private const int StreetsPerLsoa = 5;
    private const int BoundaryPointCount = 8;
    private const double LandmarkShare = 0.1;
    private const double Clearance = 3.0;

    private StreetMap(IReadOnlyList<IReadOnlyList<MapPoint>> byLsoa, IReadOnlyList<MapPoint> onBoundaries)
    {
        ByLsoa = byLsoa;
        OnBoundaries = onBoundaries;
    }

    /// <summary>For each LSOA (in code order), its map points, each at least 3 m inside it.</summary>
    public IReadOnlyList<IReadOnlyList<MapPoint>> ByLsoa { get; }

    /// <summary>
    /// Points exactly on a vertex shared by three or more LSOAs; each is published in the LSOA with the lowest
    /// code among them.
    /// </summary>
    public IReadOnlyList<MapPoint> OnBoundaries { get; }

    public static StreetMap Create(TownGeography town, LsoaPointSampler sampler, Random random)
    {
        var streets = PlaceNames.Streets.OrderBy(_ => random.Next()).ToList();
        var byLsoa = new List<IReadOnlyList<MapPoint>>();
        for (var i = 0; i < town.Lsoas.Count; i++)
        {
            var local = Enumerable.Range(i * StreetsPerLsoa, StreetsPerLsoa).Select(k => streets[k % streets.Count]).ToList();
            byLsoa.Add(Enumerable.Range(0, PointsPerLsoa)
                .Select(_ => new MapPoint(
                    sampler.Draw(i, Clearance, random),
                    RandomDraws.Chance(random, LandmarkShare) ? RandomDraws.OneOf(random, PlaceNames.LandmarkLocations) : RandomDraws.OneOf(random, local),
                    town.Lsoas[i]))
                .ToList());
        }

        var corners = SharedCorners(town.Lsoas).OrderBy(_ => random.Next()).Take(BoundaryPointCount)
            .Select(corner => new MapPoint(corner.Position, RandomDraws.OneOf(random, streets), town.Lsoas[corner.LowestLsoa]))
            .ToList();
        return new StreetMap(byLsoa, corners);
    }

    /// <summary>Vertices where three or more LSOAs meet, in coordinate order, with the first LSOA (by code) meeting there.</summary>
    private static IEnumerable<(Coordinate Position, int LowestLsoa)> SharedCorners(IReadOnlyList<TownLsoa> lsoas)
    {
        var meeting = new SortedDictionary<Coordinate, SortedSet<int>>();
        for (var i = 0; i < lsoas.Count; i++)
        {
            foreach (var vertex in lsoas[i].Geometry.ExteriorRing.Coordinates.Skip(1))
            {
                if (!meeting.TryGetValue(vertex, out var members))
                {
                    meeting[vertex] = members = [];
                }

                members.Add(i);
            }
        }

        return meeting.Where(pair => pair.Value.Count >= 3).Select(pair => (pair.Key.Copy(), pair.Value.Min));
    }
}
