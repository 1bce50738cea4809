using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>Which clip area each postcode point lies in.</summary>
/// <remarks>
/// The point decides, so that every postcode lies in its own cell. The LSOA the lookup gives settles a point on the
/// boundary of several areas; a lookup LSOA that does not hold the point (generalised boundaries, or points moved
/// since the lookup was made) is counted, not followed.
/// </remarks>
internal sealed record ClipPlacement(IReadOnlyList<List<PostcodeCentroid>> ByArea, IReadOnlyList<PostcodeCentroid> Outside, int LsoaDisagreements)
{
    public static ClipPlacement Place(IReadOnlyList<PostcodeCentroid> centroids, IReadOnlyList<Area> areas, PrecisionModel grid)
    {
        var index = new STRtree<int>();
        for (var i = 0; i < areas.Count; i++)
        {
            index.Insert(areas[i].Geometry.EnvelopeInternal, i);
        }

        index.Build();
        var prepared = areas.Select(a => PreparedGeometryFactory.Prepare(a.Geometry)).ToArray();
        var codes = areas.Select((a, i) => (a.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var byArea = areas.Select(_ => new List<PostcodeCentroid>()).ToList();
        var outside = new List<PostcodeCentroid>();
        var disagreements = 0;
        var factory = new GeometryFactory(grid);
        foreach (var centroid in centroids)
        {
            var point = factory.CreatePoint(new Coordinate(grid.MakePrecise(centroid.X), grid.MakePrecise(centroid.Y)));
            var holders = index.Query(point.EnvelopeInternal).Where(i => prepared[i].Covers(point)).Order().ToList();
            if (holders.Count == 0)
            {
                outside.Add(centroid);
                continue;
            }

            var named = centroid.LsoaCode is { } lsoa && codes.TryGetValue(lsoa, out var n) ? n : -1;
            if (named >= 0 && !holders.Contains(named))
            {
                disagreements++;
            }

            byArea[holders.Contains(named) ? named : holders[0]].Add(centroid);
        }

        return new ClipPlacement(byArea, outside, disagreements);
    }
}
