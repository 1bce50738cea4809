namespace GeoNeeds.Engine.Outcomes;

/// <summary>How many cases of a <see cref="Breakdown"/> fall in one category.</summary>
public sealed record CategoryCount(string Category, long Count);
