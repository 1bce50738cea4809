using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Report.Tables;

/// <summary>One headline figure of the study area, as its published table gives it.</summary>
/// <param name="Note">What the figure is out of, or its interval; null when none.</param>
public sealed record KeyFigure(string Label, string Value, string? Note = null)
{
    /// <summary>
    /// The headline figures of the study area: its row in the coarsest level's table when that level is one area
    /// (population, each indicator's count and rate), its expected prevalence, and the refuge and MARAC lines.
    /// </summary>
    public static IReadOnlyList<KeyFigure> Of(ReportContext context)
    {
        var top = context.Shape.TopLevel;
        var figures = new List<KeyFigure>();
        if (top is not null && context.Output.Table(top + ".csv") is { Count: 1 } area)
        {
            figures.Add(new KeyFigure("Residents", Cell(area, "population", CellKind.Count)));
            foreach (var indicator in context.Summary.Indicators)
            {
                var rate = ReportContext.RateColumn(indicator);
                figures.Add(new KeyFigure(
                    context.Shape.Label(indicator.Name),
                    Cell(area, rate, CellKind.OneDecimal),
                    $"{Cell(area, $"{indicator.Name}_count", CellKind.Count)} recorded; 95% CI {Cell(area, $"{indicator.Name}_lower_95", CellKind.OneDecimal)} to {Cell(area, $"{indicator.Name}_upper_95", CellKind.OneDecimal)}"));
            }
        }

        if (top is not null && context.Output.Table($"{top}_prevalence.csv") is { Count: 1 } prevalence)
        {
            figures.Add(new KeyFigure("Expected victims of domestic abuse in a year (CSEW)", Cell(prevalence, "expected_all", CellKind.Count), $"{Cell(prevalence, "expected_women", CellKind.Count)} women and {Cell(prevalence, "expected_men", CellKind.Count)} men"));
        }

        if (context.Output.Table("refuge.csv") is { Count: > 0 } refuge && refuge.Has("provided"))
        {
            figures.Add(new KeyFigure("Refuge spaces provided", Cell(refuge, "provided", CellKind.Count), $"{Cell(refuge, "recommended", CellKind.Count)} recommended (Council of Europe: 1 per 10,000 residents)"));
        }

        if (context.Output.Table("marac.csv") is { Count: 1 } marac)
        {
            figures.Add(new KeyFigure("MARAC cases heard", Cell(marac, "cases", CellKind.Count), $"{Cell(marac, "expected_cases", CellKind.Count)} expected (SafeLives: 40 per 10,000 adult women)"));
        }

        return figures;
    }

    /// <summary>The first row's (or the total row's) cell of <paramref name="column"/>, as printed; the empty mark when the column is absent.</summary>
    private static string Cell(ValueTable table, string column, CellKind kind)
    {
        if (!table.Has(column))
        {
            return CellText.Empty;
        }

        var row = table.Has("area_code") ? Math.Max(0, table.Texts("area_code").ToList().IndexOf("TOTAL")) : 0;
        return CellText.Of(table.Texts(column)[row], kind);
    }
}
