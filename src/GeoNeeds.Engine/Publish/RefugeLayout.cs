using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>The rows of a refuge assessment, the same in the <c>refuge</c> verb's output and the study's <c>refuge.csv</c>: one per area, then a <c>TOTAL</c> row.</summary>
public static class RefugeLayout
{
    /// <summary>The area code of the totals row.</summary>
    public const string TotalCode = "TOTAL";

    /// <summary>The area name of the totals row.</summary>
    public const string TotalName = "Total";

    /// <summary>The denominator column for <paramref name="basis"/>: <c>population</c> or <c>female_15_64</c>.</summary>
    public static string BasisColumn(RefugeBasis basis) => basis == RefugeBasis.Population ? "population" : "female_15_64";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns(RefugeBasis basis = RefugeBasis.Population) =>
        ["area_code", "area_name", BasisColumn(basis), "recommended", "provided", "difference", "shortfall_pct"];

    /// <summary>The row of the area at <paramref name="index"/>.</summary>
    public static IReadOnlyList<object?> Row(RefugeAssessment assessment, int index)
    {
        var (area, comparison) = (assessment.Inputs[index], assessment.Areas[index]);
        return [area.AreaCode, area.AreaName, area.Population, comparison.Recommended, comparison.Provided, comparison.Difference, comparison.ShortfallPercent];
    }

    /// <summary>The <c>TOTAL</c> row: summed population, recommended and provided spaces.</summary>
    public static IReadOnlyList<object?> TotalRow(RefugeAssessment assessment)
    {
        var total = assessment.Total;
        return [TotalCode, TotalName, assessment.TotalPopulation, total.Recommended, total.Provided, total.Difference, total.ShortfallPercent];
    }
}
