using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Draws random points on the 0.1 m grid inside an LSOA and clear of its boundary, so a point's LSOA
/// cannot change when its coordinates are rounded or reprojected.
/// </summary>
internal sealed class LsoaPointSampler
{
    private const int MaxAttempts = 100_000;

    private readonly IReadOnlyList<TownLsoa> _lsoas;
    private readonly IndexedPointInAreaLocator[] _locators;

    public LsoaPointSampler(IReadOnlyList<TownLsoa> lsoas)
    {
        _lsoas = lsoas;
        _locators = lsoas.Select(lsoa => new IndexedPointInAreaLocator(lsoa.Geometry)).ToArray();
    }

    /// <summary>A point inside LSOA number <paramref name="lsoa"/>, at least <paramref name="clearance"/> metres from its edge.</summary>
    public Coordinate Draw(int lsoa, double clearance, Random random)
    {
        var polygon = _lsoas[lsoa].Geometry;
        var box = polygon.EnvelopeInternal;
        var precision = TownGeography.Factory.PrecisionModel;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var candidate = new Coordinate(
                precision.MakePrecise(box.MinX + (box.Width * random.NextDouble())),
                precision.MakePrecise(box.MinY + (box.Height * random.NextDouble())));
            if (_locators[lsoa].Locate(candidate) == Location.Interior
                && !DistanceOp.IsWithinDistance(TownGeography.Factory.CreatePoint(candidate), polygon.ExteriorRing, clearance))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No point {clearance} m inside {_lsoas[lsoa].Code} found in {MaxAttempts} attempts.");
    }
}
