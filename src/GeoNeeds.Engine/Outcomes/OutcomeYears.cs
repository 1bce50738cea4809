using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>The outcome tables of each financial year in which cases closed, side by side: <c>outcomes_years.csv</c>.</summary>
public static class OutcomeYears
{
    /// <summary>A report per financial year of exit (<see cref="FinancialYear"/>), earliest first; open cases are in none.</summary>
    public static IReadOnlyList<(string Year, OutcomeReport Report)> Of(IReadOnlyCollection<OutcomeCase> cases, OutcomeService service) =>
    [
        .. cases.Where(c => c.Exit is not null)
            .GroupBy(c => FinancialYear.Of(c.Exit!.ExitDate))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, OutcomeReport.Of([.. g], service))),
    ];
}
