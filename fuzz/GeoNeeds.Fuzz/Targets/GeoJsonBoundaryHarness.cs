using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>GeoJSON boundary files, plain and gzipped: the in-memory feature scanner and the general reader it hands over to.</summary>
internal static class GeoJsonBoundaryHarness
{
    public static FuzzTarget Target { get; } = new("geojson", ".geojson", path => BoundaryReader.Read(path)) { MayBeGzipped = true };
}
