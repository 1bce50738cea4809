using GeoNeeds.Engine.Export;
using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The period layers of a level from the <c>&lt;level&gt;_trend.csv</c> table of a study with periods: for each rate
/// indicator in it, one entry per period (and the baseline) in the table's order, mapped as
/// <c>FIELD@PERIOD</c> and carrying each area's published rate, limits and count, so the viewer draws the run's own
/// figures for each period and classes them as it classes the whole study's rates.
/// </summary>
internal static class PeriodDiscovery
{
    /// <summary>The file name of a level's trend table: <c>ward_trend.csv</c>.</summary>
    public static string FileOf(string level) => $"{level}_trend.csv";

    /// <summary>The name a period's value of <paramref name="field"/> goes by: <c>da_incidents_rate_per_1000@2024</c>.</summary>
    public static string FieldOf(string field, string period) => $"{field}@{period}";

    /// <param name="rates">The level's rate indicators; a trend row of an indicator the level does not map is left out.</param>
    /// <exception cref="Engine.Io.InputDataException">The table lacks a column it needs, or a row is malformed.</exception>
    public static IReadOnlyList<IndicatorEntry> Read(string path, IReadOnlyList<IndicatorEntry> rates)
    {
        var table = ValueTable.Read(path);
        var (indicators, codes, periods) = (table.Texts("indicator"), table.Texts(AssessColumns.Code), table.Texts("period"));
        var (rate, lower, upper, count) = (table.Numbers("rate"), table.Numbers("lower_95"), table.Numbers("upper_95"), table.Numbers("count"));
        return [.. Enumerable.Range(0, table.Count)
            .Where(row => codes[row] != Engine.Indicators.TrendAssessment.TotalCode)
            .GroupBy(row => (Indicator: indicators[row], Period: periods[row]))
            .Select(group => (group, Of: rates.FirstOrDefault(r => r.Kind == "rate" && IndicatorColumnNames.ParseRate(r.Field) is { Group: null } column && column.Indicator == group.Key.Indicator)))
            .Where(g => g.Of is not null)
            .Select(g =>
            {
                var (of, period) = (g.Of!, g.group.Key.Period);
                var values = g.group.ToDictionary(row => codes[row], row => new PeriodValue(rate[row].Value, lower[row].Value, upper[row].Value, count[row].Value, count[row].Suppressed), StringComparer.Ordinal);
                var name = IndicatorColumnNames.ParseRate(of.Field)!.Indicator;
                return new IndicatorEntry(
                    FieldOf(of.Field, period), $"{period}: {of.Label}", "rate", of.Per,
                    FieldOf(IndicatorColumnNames.Count(name), period),
                    FieldOf(IndicatorColumnNames.Lower95(name), period), FieldOf(IndicatorColumnNames.Upper95(name), period))
                {
                    Period = period,
                    Of = of.Field,
                    Values = values,
                };
            })];
    }
}
