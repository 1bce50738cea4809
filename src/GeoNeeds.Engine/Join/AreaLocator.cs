using GeoNeeds.Engine.Geo;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Finds the area containing a point: an STRtree over the areas' envelopes narrows the candidates and an
/// indexed point-in-area locator per area decides.
/// </summary>
/// <remarks>
/// A point inside an area's interior belongs to that area. A point on a boundary shared by several areas
/// (police.uk snaps locations to map points, some of which sit on edges) goes to the candidate with the
/// ordinally smallest code, so the assignment never depends on index order and every point is counted once.
/// </remarks>
public sealed class AreaLocator
{
    private readonly AreaLayer _layer;
    private readonly STRtree<int> _index = new();
    private readonly IPointOnGeometryLocator?[] _locators;

    public AreaLocator(AreaLayer layer)
    {
        _layer = layer;
        _locators = new IPointOnGeometryLocator?[layer.Count];
        for (var i = 0; i < layer.Count; i++)
        {
            _index.Insert(layer.Areas[i].Geometry.EnvelopeInternal, i);
        }

        _index.Build();
    }

    /// <summary>The layer searched, whose coordinate system the points must be in.</summary>
    public AreaLayer Layer => _layer;

    /// <summary>The area containing (<paramref name="x"/>, <paramref name="y"/>), or <c>null</c> when none does.</summary>
    public Area? Locate(double x, double y)
    {
        var coordinate = new Coordinate(x, y);
        Area? onBoundary = null;
        foreach (var i in _index.Query(new Envelope(coordinate)))
        {
            var location = LocatorFor(i).Locate(coordinate);
            if (location == Location.Interior)
            {
                return _layer.Areas[i];
            }

            if (location == Location.Boundary
                && (onBoundary is null || string.CompareOrdinal(_layer.Areas[i].Code, onBoundary.Code) < 0))
            {
                onBoundary = _layer.Areas[i];
            }
        }

        return onBoundary;
    }

    // Built on first use: most areas of a national layer receive no point in a local study.
    private IPointOnGeometryLocator LocatorFor(int i) =>
        _locators[i] ??= new IndexedPointInAreaLocator(_layer.Areas[i].Geometry);
}
