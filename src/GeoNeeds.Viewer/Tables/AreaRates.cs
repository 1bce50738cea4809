using GeoNeeds.Engine.Stats;
using GeoNeeds.Viewer.Charts;

namespace GeoNeeds.Viewer.Tables;

/// <summary>An indicator's rates by area from a table <c>geoneeds assess</c> wrote, for charts.</summary>
public static class AreaRates
{
    /// <summary>
    /// Every row's rate, 95% limits, count and population for <paramref name="rateColumn"/>
    /// (<c>&lt;indicator&gt;_rate_per_&lt;n&gt;</c>) and its partner columns; a suppressed count (<c>*</c>) marks the
    /// area suppressed. Limits, count, population and deprivation are read when the table has them.
    /// </summary>
    /// <exception cref="Engine.Io.InputDataException">A named column is missing or holds text that is not a number.</exception>
    public static IReadOnlyList<AreaRate> Read(ValueTable table, string rateColumn, string nameColumn = AssessColumns.Name)
    {
        var indicator = AssessColumns.IndicatorOf(rateColumn) ?? rateColumn;
        var names = table.Texts(table.Has(nameColumn) ? nameColumn : AssessColumns.Code);
        var codes = table.Has(AssessColumns.Code) ? table.Texts(AssessColumns.Code) : names;
        var rates = table.Numbers(rateColumn);
        var lower = Optional(table, AssessColumns.Lower95(indicator));
        var upper = Optional(table, AssessColumns.Upper95(indicator));
        var counts = Optional(table, AssessColumns.Count(indicator));
        var population = Optional(table, AssessColumns.Population);
        var deprivation = AssessColumns.Deprivation(table) is { } column ? table.Numbers(column) : null;
        return [.. Enumerable.Range(0, table.Count).Select(i => new AreaRate(
            codes[i],
            names[i],
            rates[i].Value,
            lower?[i].Value,
            upper?[i].Value,
            population?[i].Value,
            counts?[i].Value,
            rates[i].Suppressed || counts?[i].Suppressed == true,
            deprivation?[i].Value))];
    }

    /// <summary>The overall rate of the table: summed counts over summed populations × the multiplier, when it has both.</summary>
    public static double? Overall(IReadOnlyList<AreaRate> rates, double multiplier)
    {
        var known = rates.Where(r => r.Count is not null && r.Population is > 0).ToList();
        return known.Count == 0 ? null : CrudeRate.Calculate(known.Sum(r => r.Count!.Value), known.Sum(r => r.Population!.Value), multiplier).Value;
    }

    private static IReadOnlyList<(double? Value, bool Suppressed)>? Optional(ValueTable table, string column) =>
        table.Has(column) ? table.Numbers(column) : null;
}
