using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>TopoJSON boundary files, plain and gzipped: arcs (quantized or not), objects and their geometries.</summary>
internal static class TopoJsonBoundaryHarness
{
    public static FuzzTarget Target { get; } = new("topojson", ".topojson", path => BoundaryReader.Read(path)) { MayBeGzipped = true };
}
