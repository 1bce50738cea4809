using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// What a format reader hands on: the features in file order (feature numbers are their 1-based positions)
/// and the coordinate system the file itself states, if it states one.
/// </summary>
internal sealed record BoundarySource(IReadOnlyList<IFeature> Features, CoordinateSystem? StatedCoordinateSystem);
