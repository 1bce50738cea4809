namespace GeoNeeds.Engine.Io.Lookups;

/// <summary>The area a smaller area belongs to (the ward or local authority of an LSOA).</summary>
/// <param name="Code">The parent's code.</param>
/// <param name="Name">The parent's name; empty when the lookup was read without a name column.</param>
public sealed record AreaParent(string Code, string Name);
