using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>What a refuge standard is applied to.</summary>
public enum RefugeBasis
{
    /// <summary>The whole population (Council of Europe), column <c>population</c>.</summary>
    Population,

    /// <summary>Women aged 15 to 64 (the UNODC alternative), column <c>female_15_64</c>.</summary>
    Female15To64,
}

/// <summary>An area's population (or women 15–64) and the refuge family spaces provided in it.</summary>
public sealed record RefugeArea(string AreaCode, string AreaName, double Population, double Provided);

/// <summary>Every area's provision against the standard, and the totals over all of them.</summary>
/// <param name="Total">Summed recommended and provided spaces, compared as one area.</param>
public sealed record RefugeAssessment(IReadOnlyList<RefugeComparison> Areas, double TotalPopulation, RefugeComparison Total);

/// <summary>
/// The <c>refuge</c> table: <c>area_code,area_name,population,provided</c> in;
/// <c>area_code,area_name,population,recommended,provided,difference,shortfall_pct</c> out, then any other input
/// columns, and a final <c>TOTAL</c> row (<see cref="RefugeProvision"/>).
/// </summary>
public static class RefugeTable
{
    /// <summary>The area code of the totals row.</summary>
    public const string TotalCode = "TOTAL";

    /// <summary>The denominator column for <paramref name="basis"/>: <c>population</c> or <c>female_15_64</c>.</summary>
    public static string BasisColumn(RefugeBasis basis) => basis == RefugeBasis.Population ? "population" : "female_15_64";

    /// <summary>The output columns before the passed-through ones.</summary>
    public static IReadOnlyList<string> Columns(RefugeBasis basis) =>
        ["area_code", "area_name", BasisColumn(basis), "recommended", "provided", "difference", "shortfall_pct"];

    /// <summary>Reads <c>area_code,area_name,</c>(<c>population</c> or <c>female_15_64</c>)<c>,provided</c>; other columns are kept.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a population or number of spaces is not a number or is negative.</exception>
    public static InputTable<RefugeArea> Read(TableInput input, RefugeBasis basis = RefugeBasis.Population, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<RefugeArea>(input, "area_code", table =>
        {
            var code = table.Column("area_code");
            var name = table.Column("area_name");
            var population = table.Column(BasisColumn(basis));
            var provided = table.Column("provided");
            return row => new RefugeArea(row.RequiredText(code), row[name], IndicatorFields.ZeroOrMore(row, population), IndicatorFields.ZeroOrMore(row, provided));
        }, warnings);

    /// <summary>Each area's recommended spaces and shortfall under <paramref name="standard"/>, and the totals (sums of the rows).</summary>
    public static RefugeAssessment Assess(IReadOnlyList<RefugeArea> areas, RefugeStandard standard)
    {
        var rows = areas.Select(area => RefugeProvision.Assess(area.Population, area.Provided, standard)).ToList();
        var total = RefugeProvision.Compare(rows.Sum(r => r.Recommended), rows.Sum(r => r.Provided));
        return new RefugeAssessment(rows, areas.Sum(a => a.Population), total);
    }

    /// <summary>Writes the fixed columns, the passed-through ones, and the <c>TOTAL</c> row (passed-through fields empty).</summary>
    public static void Write(string path, InputTable<RefugeArea> table, RefugeAssessment assessment, RefugeBasis basis = RefugeBasis.Population)
    {
        var columns = Columns(basis);
        var extras = IndicatorCsv.ExtraColumns(table, columns.Where(c => c is "area_code" or "area_name" or "provided" || c == BasisColumn(basis)));
        IndicatorCsv.RequireNoClash(table, columns.Where(c => c is "recommended" or "difference" or "shortfall_pct"));
        var rows = table.Rows.Select((row, index) => Line(row.Value.AreaCode, row.Value.AreaName, row.Value.Population, assessment.Areas[index], extras.Select(e => row.Fields[e])))
            .Append(Line(TotalCode, "Total", assessment.TotalPopulation, assessment.Total, extras.Select(_ => "")));
        CsvTableWriter.Write(path, [.. columns, .. extras.Select(e => table.Columns[e])], rows);
    }

    private static IReadOnlyList<object?> Line(string code, string name, double population, RefugeComparison comparison, IEnumerable<string> extras) =>
        [code, name, population, comparison.Recommended, comparison.Provided, comparison.Difference, comparison.ShortfallPercent, .. extras];
}
