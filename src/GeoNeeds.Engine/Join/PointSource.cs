using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Join;

/// <summary>Where a batch of points comes from: the study's input name, the file, and its coordinate system.</summary>
public sealed record PointSource(string Input, string File, CoordinateSystem CoordinateSystem);
