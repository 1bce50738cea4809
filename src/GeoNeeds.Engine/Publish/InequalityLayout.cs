using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The row layout of an inequality result, the same in the <c>inequality</c> verb's output and the study's
/// <c>inequality.csv</c> (which puts <c>indicator</c> first): a <c>rate</c> row per decile and for <c>all</c>,
/// then the <c>sii</c> and <c>rii</c> rows.
/// </summary>
public static class InequalityLayout
{
    /// <summary>The columns of every row.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["measure", "imd_decile", "count", "population", "relative_rank", "value", "lower_95", "upper_95", "lower_998", "upper_998", "method"];

    /// <summary>The decile column of the row over every decile.</summary>
    public const string AllDeciles = "all";

    /// <summary>
    /// Every row of <paramref name="result"/>; <paramref name="hidden"/> says which deciles' counts are withheld (1 to 10,
    /// or null for <see cref="AllDeciles"/>); their rates are left empty.
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(InequalityResult result, Func<int?, bool>? hidden = null)
    {
        hidden ??= _ => false;
        return result.Deciles.Select(d => RateRow(d.Decile, d.Population, d.RelativeRank, d.Rate, hidden(d.Decile)))
            .Append(RateRow(AllDeciles, result.Overall.Population, null, result.Overall, hidden(null)))
            .Append(IndexRow("sii", result.Index.Sii, result.Index.Method))
            .Append(IndexRow("rii", result.Index.Rii, result.Index.Method));
    }

    private static IReadOnlyList<object?> RateRow(object decile, double? population, double? rank, RateEstimate rate, bool hidden) =>
        ["rate", decile, PublishedCount.Cell(rate.Count, hidden), population, rank, .. RateLayout.Cells(rate, hidden)];

    private static IReadOnlyList<object?> IndexRow(string measure, LimitedValue index, string method) =>
        [measure, null, null, null, null, index.Value, index.Lower95, index.Upper95, index.Lower998, index.Upper998, method];
}
