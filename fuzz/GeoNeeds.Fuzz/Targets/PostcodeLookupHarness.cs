using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>Postcode lookups: ONSPD/NSPL-style tables with a header, and headerless Code-Point Open files.</summary>
internal static class PostcodeLookupHarness
{
    public static FuzzTarget Target { get; } = new("postcodes", ".csv",
        path => PostcodeLookupReader.ReadCsv(path),
        path => PostcodeLookupReader.ReadCodePoint(path));
}
