using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// Points placed the way GeoNeeds placed them before the performance work, kept here as the baseline: an STRtree of
/// the areas' envelopes and NetTopologySuite's <see cref="IndexedPointInAreaLocator"/> per area (built on its first
/// point), one row at a time on one thread, the same tie rule (a point on a shared boundary goes to the smaller code).
/// </summary>
internal sealed class BaselineJoin
{
    private readonly AreaLayer _layer;
    private readonly STRtree<int> _index = new();
    private readonly IPointOnGeometryLocator?[] _locators;

    public BaselineJoin(AreaLayer layer)
    {
        _layer = layer;
        _locators = new IPointOnGeometryLocator?[layer.Count];
        for (var i = 0; i < layer.Count; i++)
        {
            _index.Insert(layer.Areas[i].Geometry.EnvelopeInternal, i);
        }

        _index.Build();
    }

    public void Join(IEnumerable<PointRecord> points, InputAccount account, EventCounts counts)
    {
        foreach (var point in points)
        {
            if (Locate(new Coordinate(point.X, point.Y)) is { } area)
            {
                account.CountMatched();
                counts.Add(area.Code, point.Month, point.Category);
            }
            else
            {
                account.Reject(new Rejection(account.Name, "points", point.Line, "", RejectionReason.OutsideStudyArea, "the location is in no lsoa area"));
            }
        }
    }

    private Area? Locate(Coordinate point)
    {
        Area? onBoundary = null;
        foreach (var i in _index.Query(new Envelope(point)))
        {
            var location = (_locators[i] ??= new IndexedPointInAreaLocator(_layer.Areas[i].Geometry)).Locate(point);
            if (location == Location.Interior)
            {
                return _layer.Areas[i];
            }

            if (location == Location.Boundary && (onBoundary is null || string.CompareOrdinal(_layer.Areas[i].Code, onBoundary.Code) < 0))
            {
                onBoundary = _layer.Areas[i];
            }
        }

        return onBoundary;
    }
}
