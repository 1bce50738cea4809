namespace GeoNeeds.Engine.Outcomes;

/// <summary>One headline of "if a service supported 100 people": a count scaled to 100 of its base.</summary>
/// <param name="Section">The group of headlines it belongs to, e.g. "Risk" or "Abuse".</param>
/// <param name="Headline">What the people have in common, in words.</param>
/// <param name="Source">The breakdown the count comes from.</param>
/// <param name="Category">The category of <paramref name="Source"/> counted.</param>
public sealed record PerHundred(string Section, string Headline, Breakdown Source, string Category)
{
    /// <summary>The section of the risk headlines.</summary>
    public const string Risk = "Risk (DASH)";

    /// <summary>The section of the abuse headlines.</summary>
    public const string AbuseSection = "Abuse";

    /// <summary>The section of safety, wellbeing and closure.</summary>
    public const string Exit = "Safety, wellbeing and closure";

    public long Count => Source.CountOf(Category);

    /// <summary>The count as people out of 100, to the nearest person; <c>null</c> when the base is empty.</summary>
    public long? People => Source.N == 0 ? null : (long)Math.Round(100.0 * Count / Source.N, MidpointRounding.AwayFromZero);
}
