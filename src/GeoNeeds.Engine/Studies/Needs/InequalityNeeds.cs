using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's rate by deprivation decile of the base level's areas, with the slope and relative indexes of
/// inequality (<see cref="InequalityMeasure"/>): <c>inequality.csv</c>, <see cref="InequalityLayout"/> after an
/// <c>indicator</c> column. A decile whose count the run withholds shows <c>*</c> and no rate.
/// </summary>
internal static class InequalityNeeds
{
    private const string FileName = "inequality.csv";

    public static NeedsTable Table(NeedsContext context)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
        {
            var result = context.Measures.Inequality![i];
            if (result.Index.NotComputedReason is { } reason)
            {
                context.Warnings.Add($"inequality: {indicator.Name}: slope index of inequality: {reason}");
            }

            rows.AddRange(InequalityLayout.Rows(result, decile => context.Withholds(FileName, CountCellKey.Decile(indicator.Name, decile))).Select(row => (IReadOnlyList<object?>)[indicator.Name, .. row]));
        }

        return new NeedsTable(FileName, ["indicator", .. InequalityLayout.Columns], rows);
    }
}
