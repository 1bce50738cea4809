using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Publish;

/// <summary>The columns of the representation table (<c>&lt;level&gt;_representation.csv</c>).</summary>
public static class RepresentationLayout
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "field", "value", "area_code", "area_name", "count", "compared",
        "share", "share_lower_95", "share_upper_95",
        "population", "population_share", "population_share_lower_95", "population_share_upper_95",
        "ratio", "ratio_lower_95", "ratio_upper_95",
        "rate_per_100000", "rate_lower_95", "rate_upper_95",
        "expected_share", "against_expected",
    ];

    /// <summary>
    /// One row's cells: the population's share is always shown; the referrals' share, the ratio, the rate and the
    /// comparison with the expected share are empty when they would give a withheld count away.
    /// </summary>
    public static IReadOnlyList<object?> Row(RepresentationRow row)
    {
        var people = row.Estimate?.PopulationShare;
        var (share, ratio, rate, expected) = row.Withheld ? (null, null, null, null) : (row.Share, row.Estimate, row.Rate, row.Expected);
        return
        [
            row.Field, row.Value, row.AreaCode, row.AreaName, row.Count, row.Compared,
            share?.Proportion, share?.Lower, share?.Upper,
            row.Population, people?.Proportion, people?.Lower, people?.Upper,
            ratio?.Ratio, ratio?.Lower, ratio?.Upper,
            rate?.Value, rate?.Lower95, rate?.Upper95,
            row.Expected?.Expected.ToString(), expected is null ? null : Outcome(expected.Outcome),
        ];
    }

    private static string Outcome(ExpectedShareOutcome outcome) => outcome switch
    {
        ExpectedShareOutcome.Below => "below",
        ExpectedShareOutcome.Above => "above",
        _ => "within",
    };
}
