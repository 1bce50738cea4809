using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The row layout of every outcome table (<c>outcomes_*.csv</c>): a row per category of a breakdown with its count,
/// its base <c>n</c>, the percentage of <c>n</c> and Wilson 95% limits; a row per median (<c>value</c>) and per paired
/// test (<c>statistic</c>, <c>df</c>, <c>p</c>, <c>method</c>). Percentages are made here, from the counts published.
/// </summary>
public static class OutcomeLayout
{
    /// <summary>The method cell of a percentage's limits.</summary>
    public const string WilsonMethod = "Wilson score";

    /// <summary>The columns of every outcome table.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["measure", "category", "count", "n", "percent", "lower_95", "upper_95", "value", "statistic", "df", "p", "method"];

    /// <summary>The columns that can hold a withheld count: in CSVs for Excel each has its flag column in every table.</summary>
    public static IReadOnlyList<string> CountColumns { get; } = ["count", "n"];

    /// <summary>
    /// A row per category of <paramref name="breakdown"/>. A withheld count or base (<paramref name="hidden"/>) shows the
    /// suppressed mark, and then the percentage and limits are left empty, since either with the percentage gives it.
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(Breakdown breakdown, Func<CategoryCount, bool> hidden, bool baseHidden) =>
        breakdown.Categories.Select(category =>
        {
            var countHidden = hidden(category);
            var share = countHidden || baseHidden ? null : Share(category.Count, breakdown.N);
            return (IReadOnlyList<object?>)
            [
                breakdown.Measure, category.Category, PublishedCount.Cell(category.Count, countHidden), PublishedCount.Cell(breakdown.N, baseHidden),
                share?.Percent, share?.Lower, share?.Upper, null, null, null, null, share is null ? null : WilsonMethod,
            ];
        });

    /// <summary>The row of a median; <paramref name="baseHidden"/> withholds its <c>n</c>.</summary>
    public static IReadOnlyList<object?> Row(OutcomeMedian median, bool baseHidden) =>
        [median.Measure, "median", null, PublishedCount.Cell(median.N, baseHidden), null, null, null, median.Value, null, null, null, "median"];

    /// <summary>The row of a paired test; <paramref name="baseHidden"/> withholds its <c>n</c>.</summary>
    public static IReadOnlyList<object?> Row(PairedTest test, bool baseHidden) =>
        [test.Measure, test.Comparison, null, PublishedCount.Cell(test.N, baseHidden), null, null, null, null, test.Test.Statistic, test.Test.DegreesOfFreedom, test.Test.P, test.Test.Method];

    /// <summary>
    /// <paramref name="count"/> as a percentage of <paramref name="n"/> with its Wilson 95% limits
    /// (<see cref="WilsonScore"/>), all in percent; <c>null</c> when <paramref name="n"/> is 0.
    /// </summary>
    public static (double Percent, double Lower, double Upper)? Share(long count, long n)
    {
        if (n == 0)
        {
            return null;
        }

        var limits = WilsonScore.Calculate(count, n, CrudeRate.Confidence95);
        return (100.0 * count / n, 100 * limits.Lower, 100 * limits.Upper);
    }
}
