using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// How each indicator's rate follows deprivation across the areas of each level: Pearson r, Spearman ρ and the
/// OLS line of rate on IMD (decile, or mean decile above the base level): <c>correlations.csv</c>.
/// </summary>
internal static class CorrelationNeeds
{
    public static NeedsTable Table(NeedsContext context)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (level, table) in context.Levels.Zip(context.Tables))
        {
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                var pairs = table.Rows
                    .Where(r => r.DeprivationMean is not null && r.Indicators[i].Rate.Value is not null)
                    .Select(r => (X: r.DeprivationMean!.Value, Y: r.Indicators[i].Rate.Value!.Value))
                    .ToList();
                if (pairs.Count < Correlation.MinimumPairs || pairs.All(p => p.X == pairs[0].X))
                {
                    continue;
                }

                var s = Correlation.Summarise(pairs.Select(p => p.X).ToList(), pairs.Select(p => p.Y).ToList());
                rows.Add([level.Name, indicator.Name, table.IsBase ? "imd_decile" : "imd_mean", .. CorrelationLayout.Cells(s)]);
            }
        }

        return new NeedsTable("correlations.csv", ["level", "indicator", "x", .. CorrelationLayout.Columns], rows);
    }
}
