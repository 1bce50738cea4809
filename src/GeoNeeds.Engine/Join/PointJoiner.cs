using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Assigns located rows to the areas of one layer and counts them, rejecting (never dropping) rows that
/// fall outside every area. Each row read by a reader ends as matched here or as a rejection.
/// </summary>
public sealed class PointJoiner
{
    private readonly AreaLocator _locator;
    private readonly JoinMethod _method;

    public PointJoiner(AreaLocator locator, JoinMethod method = JoinMethod.Spatial)
    {
        _locator = locator;
        _method = method;
    }

    /// <summary>Spatial versus source-code agreement over everything joined so far (spatial joins only).</summary>
    public JoinAgreement Agreement { get; } = new();

    /// <summary>Joins <paramref name="points"/> into <paramref name="counts"/>, recording outcomes in <paramref name="account"/>.</summary>
    public void Join(IEnumerable<PointRecord> points, PointSource source, InputAccount account, EventCounts counts)
    {
        var layer = _locator.Layer;
        var transform = CoordinateTransform.Between(source.CoordinateSystem, layer.CoordinateSystem);
        foreach (var point in points)
        {
            var area = _method == JoinMethod.Spatial ? LocateSpatially(point, transform) : layer.Find(point.AreaCode ?? "");
            if (area is null)
            {
                account.Reject(Unmatched(point, source, layer));
                continue;
            }

            account.CountMatched();
            counts.Add(area.Code, point.Month, point.Category);
        }
    }

    private Area? LocateSpatially(PointRecord point, CoordinateTransform transform)
    {
        var (x, y) = transform.Apply(point.X, point.Y);
        var area = _locator.Locate(x, y);
        if (area is not null && !string.IsNullOrEmpty(point.AreaCode) && _locator.Layer.Contains(point.AreaCode))
        {
            Agreement.Compare(area.Code, point.AreaCode);
        }

        return area;
    }

    private Rejection Unmatched(PointRecord point, PointSource source, AreaLayer layer) => _method == JoinMethod.Spatial
        // The detail names no coordinates: reports must not carry victims' locations.
        ? new Rejection(source.Input, source.File, point.Line, "", RejectionReason.OutsideStudyArea, $"the location is in no {layer.Name} area")
        : new Rejection(source.Input, source.File, point.Line, "", RejectionReason.UnknownAreaCode,
            $"area code '{point.AreaCode}' is not in the {layer.Name} layer");
}
