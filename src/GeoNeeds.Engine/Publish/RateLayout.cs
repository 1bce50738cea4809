using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The cells of a crude rate wherever one is published: the <c>rates</c> verb, a level table's
/// <c>&lt;indicator&gt;_rate_per_&lt;n&gt;</c> block and the decile rows of an inequality table.
/// </summary>
public static class RateLayout
{
    /// <summary>The method cell of a rate whose count is withheld.</summary>
    public const string SuppressedMethod = IndicatorColumnNames.SuppressedMethod;

    /// <summary>The columns after the rate itself, in order.</summary>
    public static IReadOnlyList<string> LimitColumns { get; } = ["lower_95", "upper_95", "lower_998", "upper_998", "method"];

    /// <summary>The rate's columns: <paramref name="rateColumn"/> (e.g. <c>rate</c>) then <see cref="LimitColumns"/>, each after <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> Columns(string rateColumn = "rate", string prefix = "") =>
        [prefix + rateColumn, .. LimitColumns.Select(c => prefix + c)];

    /// <summary>Value, 95% and 99.8% limits and method; all empty but the method, <see cref="SuppressedMethod"/>, when <paramref name="hidden"/>.</summary>
    public static IReadOnlyList<object?> Cells(RateEstimate rate, bool hidden = false) => hidden
        ? [null, null, null, null, null, SuppressedMethod]
        : [rate.Value, rate.Lower95, rate.Upper95, rate.Lower998, rate.Upper998, rate.Method];
}
