using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's counts in two periods and its population.</summary>
/// <param name="Population">Null when the table leaves it empty.</param>
public sealed record AreaChange(string AreaCode, double CountBefore, double CountAfter, double? Population);

/// <summary>An area's change, its rate in the later period and its quadrant; null where the population is missing.</summary>
public sealed record ChangeResult(double Change, double? ChangePercent, double? RateAfter, string? Quadrant);

/// <summary>Every area's change and the overall rate (all events after ÷ all people) the quadrants are split at.</summary>
public sealed record ChangeAssessment(IReadOnlyList<ChangeResult> Areas, double? OverallRate);

/// <summary>
/// The <c>change</c> table: <c>area_code,count_before,count_after,population</c> in, the same with
/// <c>change,change_pct,rate_after,quadrant</c> added out (<see cref="RateChange"/>).
/// </summary>
public static class ChangeTable
{
    /// <summary>The columns the output adds.</summary>
    public static IReadOnlyList<string> AddedColumns { get; } = ["change", "change_pct", "rate_after", "quadrant"];

    /// <summary>Reads the table; an empty or zero population is a warning (that area gets no rate or quadrant).</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a count or population is not a number or is negative.</exception>
    public static InputTable<AreaChange> Read(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaChange>(input, "area_code", table =>
        {
            var (code, before, after, population) = (table.Column("area_code"), table.Column("count_before"), table.Column("count_after"), table.Column("population"));
            return row => new AreaChange(
                row.RequiredText(code),
                IndicatorFields.ZeroOrMore(row, before),
                IndicatorFields.ZeroOrMore(row, after),
                IndicatorFields.Population(row, population, input.Name, $"the rate and quadrant of {row[code]} are left empty", warnings));
        }, warnings);

    /// <summary>
    /// Change, percentage change and the later rate per <paramref name="per"/> people of each area, and its
    /// quadrant against the overall later rate of the areas that have a population.
    /// </summary>
    public static ChangeAssessment Assess(IReadOnlyList<AreaChange> areas, double per)
    {
        var populated = areas.Where(a => a.Population > 0).ToList();
        double? overall = populated.Count > 0 ? populated.Sum(a => a.CountAfter) / populated.Sum(a => a.Population!.Value) * per : null;
        var results = areas.Select(area =>
        {
            var change = RateChange.Change(area.CountBefore, area.CountAfter);
            var rate = CrudeRate.Calculate(area.CountAfter, area.Population, per).Value;
            var quadrant = rate is { } r && overall is { } o ? RateChange.Quadrant(r, o, change) : null;
            return new ChangeResult(change, RateChange.ChangePercent(area.CountBefore, area.CountAfter), rate, quadrant);
        });
        return new ChangeAssessment([.. results], overall);
    }

    /// <summary>Writes the input's columns and each area's change.</summary>
    public static void Write(string path, InputTable<AreaChange> table, ChangeAssessment assessment) =>
        IndicatorCsv.WriteAdding(path, table, AddedColumns, (_, index) =>
        {
            var result = assessment.Areas[index];
            return [result.Change, result.ChangePercent, result.RateAfter, result.Quadrant];
        });
}
