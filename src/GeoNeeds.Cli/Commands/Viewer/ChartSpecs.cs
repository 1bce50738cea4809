using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Tables;
using ScottPlot;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary>Builds each kind of chart of <c>geoneeds chart</c> from a table and the command's options.</summary>
internal static class ChartSpecs
{
    public static Plot OfAreas(ValueTable table, ChartCommand.Settings settings)
    {
        var rateColumn = ChartCommand.RateColumn(table, settings);
        var rates = AreaRates.Read(table, rateColumn, settings.NameColumn);
        var per = AssessColumns.PerOf(rateColumn) ?? 1;
        var benchmark = settings.Benchmark ?? AreaRates.Overall(rates, per);
        var text = new ChartText(settings.Title ?? rateColumn, settings.Subtitle, settings.Attribution);
        switch (settings.Kind)
        {
            case "ranked":
                return RankedBarChart.Create(rates, benchmark, "Benchmark", rateColumn, text);
            case "funnel":
                return FunnelPlot.Create(rates, benchmark ?? throw Missing(table, "--benchmark (the table has no count and population to compute it)"), per, rateColumn, text);
            case "deciles":
                var column = AssessColumns.Deprivation(table) ?? throw Missing(table, "an imd_decile column");
                var areas = rates.Zip(table.Numbers(column), (r, d) => (Rate: r, Decile: (int?)d.Value))
                    .Where(a => a.Decile is >= 1 and <= 10)
                    .Select(a => new AreaDeprivation(a.Rate.Code, a.Rate.Count ?? 0, a.Rate.Population, a.Decile!.Value));
                var deciles = InequalityMeasure.Deciles(areas, per);
                return DecileRateChart.Create(deciles, benchmark, rateColumn, text);
            case "quadrant":
                var change = table.Numbers(settings.YColumn!);
                var x = settings.XColumn is null ? rates.Select(r => r.IsShown ? r.Rate : null).ToList() : [.. table.Numbers(settings.XColumn).Select(v => v.Value)];
                var points = rates.Select((r, i) => (r.Name, X: x[i], Y: change[i].Value)).Where(p => p.X is not null && p.Y is not null)
                    .Select(p => new QuadrantPoint(p.Name, p.X!.Value, p.Y!.Value)).ToList();
                return QuadrantChart.Create(points, benchmark ?? points.Average(p => p.Rate), settings.XColumn ?? rateColumn, settings.YColumn!, text);
            default:
                var xColumn = settings.XColumn ?? AssessColumns.Deprivation(table) ?? throw Missing(table, "--x-column (the table has no IMD column)");
                var yColumn = settings.YColumn ?? rateColumn;
                var pairs = table.Numbers(xColumn).Zip(table.Numbers(yColumn), (a, b) => (a.Value, b.Value)).ToList();
                return RateScatterChart.Create(pairs, xColumn, yColumn, text, xIsDecile: xColumn.Contains("decile", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Monthly counts by input from a <c>*_monthly.csv</c> (input, month, count); suppressed cells count 0 and are noted.</summary>
    public static Plot Trend(ValueTable table, ChartCommand.Settings settings)
    {
        var inputs = table.Has("input") ? table.Texts("input") : [.. Enumerable.Repeat("events", table.Count)];
        var months = table.Texts("month");
        var counts = table.Numbers("count");
        var series = new Dictionary<string, Dictionary<string, double>>();
        var suppressed = 0;
        for (var i = 0; i < table.Count; i++)
        {
            suppressed += counts[i].Suppressed ? 1 : 0;
            var byMonth = series.TryGetValue(inputs[i], out var found) ? found : series[inputs[i]] = [];
            byMonth[months[i]] = byMonth.GetValueOrDefault(months[i]) + (counts[i].Value ?? 0);
        }

        var note = suppressed > 0 ? $"{suppressed} suppressed cell(s) (counts 1–4) counted as 0." : null;
        var caption = string.Join(" ", new[] { note, settings.Attribution }.OfType<string>());
        var text = new ChartText(settings.Title ?? "Number recorded each month", settings.Subtitle, caption.Length > 0 ? caption : null);
        return TrendChart.Create(series.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, double>)s.Value), "Number per month", text);
    }

    private static InputDataException Missing(ValueTable table, string what) => new(table.File, 1, "", $"this chart needs {what}");
}
