namespace GeoNeeds.Engine.Outcomes;

/// <summary>One headline of "if a service supported 100 people": a count scaled to 100 of its base.</summary>
/// <param name="Headline">What the people have in common, in words.</param>
/// <param name="Source">The breakdown the count comes from.</param>
/// <param name="Category">The category of <paramref name="Source"/> counted.</param>
public sealed record PerHundred(string Headline, Breakdown Source, string Category)
{
    public long Count => Source.CountOf(Category);

    /// <summary>The count as people out of 100, to the nearest person; <c>null</c> when the base is empty.</summary>
    public long? People => Source.N == 0 ? null : (long)Math.Round(100.0 * Count / Source.N, MidpointRounding.AwayFromZero);
}
