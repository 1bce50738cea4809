using GeoNeeds.Engine.Outcomes;

namespace GeoNeeds.Engine.Publish;

/// <summary>The layout of "if a service supported 100 people" (<c>outcomes_per_100.csv</c>): each headline, people out of 100, and the count and base it comes from.</summary>
public static class PerHundredLayout
{
    public static IReadOnlyList<string> Columns { get; } = ["headline", "people_of_100", "count", "n"];

    /// <summary>The headline's row; when its count or base is withheld (<paramref name="hidden"/>), they and the people are not shown.</summary>
    public static IReadOnlyList<object?> Row(PerHundred headline, bool hidden) =>
        [headline.Headline, hidden ? null : headline.People, PublishedCount.Cell(headline.Count, hidden), PublishedCount.Cell(headline.Source.N, hidden)];
}
