using System.Globalization;
using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Report.Tables;

/// <summary>
/// One area's figures for its profile page: its row of its level's table, each indicator against its parent (as the
/// run's benchmark table compares them) and the study area, and where its rate ranks among the level's areas.
/// </summary>
public sealed record AreaProfile(string Level, string Code, string Name, IReadOnlyList<KeyFigure> Figures, TableView Comparison)
{
    /// <summary>The profile of the area <paramref name="code"/>, or null when no level's table holds it.</summary>
    public static AreaProfile? Find(ReportContext context, string code)
    {
        foreach (var level in context.Summary.Levels.Select(l => l.Name))
        {
            if (context.Output.Table(level + ".csv") is { } table && table.Texts("area_code").ToList().IndexOf(code) is var row and >= 0)
            {
                return Of(context, level, table, row);
            }
        }

        return null;
    }

    private static AreaProfile Of(ReportContext context, string level, ValueTable table, int row)
    {
        string Cell(string column, CellKind kind) => table.Has(column) ? CellText.Of(table.Texts(column)[row], kind) : CellText.Empty;
        var code = table.Texts("area_code")[row];
        var benchmark = context.Output.Table($"{level}_benchmark.csv");
        var study = context.Shape.TopLevel is { } top && context.Output.Table(top + ".csv") is { Count: 1 } whole ? whole : null;
        var rows = context.Summary.Indicators.Select(indicator =>
        {
            var rate = ReportContext.RateColumn(indicator);
            var parent = BenchmarkRow(benchmark, indicator.Name, code);
            return (IReadOnlyList<string>)[
                context.Shape.Label(indicator.Name),
                Cell($"{indicator.Name}_count", CellKind.Count),
                Cell(rate, CellKind.OneDecimal),
                $"{Cell($"{indicator.Name}_lower_95", CellKind.OneDecimal)} to {Cell($"{indicator.Name}_upper_95", CellKind.OneDecimal)}",
                Rank(table, rate, row),
                parent?.Name ?? CellText.Empty,
                parent?.Rate ?? CellText.Empty,
                parent?.Comparison ?? CellText.Empty,
                study is not null && study.Has(rate) ? CellText.Of(study.Texts(rate)[0], CellKind.OneDecimal) : CellText.Empty,
            ];
        });
        var comparison = new TableView(
            "Rates against the parent area and the study area",
            $"{level}.csv, {level}_benchmark.csv",
            ["Indicator", "Count", "Rate", "95% CI", "Rank (1 = highest)", "Parent", "Parent rate", "Compared with the parent", "Study area rate"],
            [.. rows]);
        KeyFigure[] figures =
        [
            new("Residents", Cell("population", CellKind.Count)),
            table.Has("imd_decile")
                ? new("Deprivation decile", Cell("imd_decile", CellKind.Count), "1 = most deprived 10%")
                : new("Mean deprivation decile of its LSOAs", Cell("imd_mean", CellKind.OneDecimal), "1 = most deprived 10%"),
        ];
        return new AreaProfile(level, code, table.Texts("area_name")[row], figures, comparison);
    }

    private static (string Name, string Rate, string Comparison)? BenchmarkRow(ValueTable? benchmark, string indicator, string code)
    {
        if (benchmark is null)
        {
            return null;
        }

        var indicators = benchmark.Texts("indicator");
        var codes = benchmark.Texts("area_code");
        var i = Enumerable.Range(0, benchmark.Count).FirstOrDefault(r => indicators[r] == indicator && codes[r] == code, -1);
        return i < 0 ? null : (benchmark.Texts("parent_name")[i], CellText.Of(benchmark.Texts("parent_rate")[i], CellKind.OneDecimal), benchmark.Texts("comparison")[i]);
    }

    /// <summary>The area's place when the level's published rates are put in order, highest first: "3 of 12"; the empty mark when its rate is withheld.</summary>
    private static string Rank(ValueTable table, string column, int row)
    {
        if (!table.Has(column))
        {
            return CellText.Empty;
        }

        var rates = table.Numbers(column);
        if (rates[row].Value is not { } rate)
        {
            return CellText.Empty;
        }

        var shown = rates.Where(r => r.Value is not null).Select(r => r.Value!.Value).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{1 + shown.Count(r => r > rate)} of {shown.Count}");
    }
}
