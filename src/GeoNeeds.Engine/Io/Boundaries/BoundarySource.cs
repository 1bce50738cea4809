using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// What a format reader hands on: the features in file order (feature numbers are their 1-based positions)
/// and the coordinate system the file itself states, if it states one.
/// </summary>
internal sealed record BoundarySource(IReadOnlyList<IFeature> Features, CoordinateSystem? StatedCoordinateSystem)
{
    /// <summary>What the reader went on with but a user should know (text that was not UTF-8).</summary>
    public IReadOnlyList<InputWarning> Warnings { get; init; } = [];
}
