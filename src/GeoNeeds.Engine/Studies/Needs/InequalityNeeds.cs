using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's rate by deprivation decile of the base level's areas, with the slope and relative indexes of
/// inequality (OHID method, <see cref="InequalityIndex"/>): <c>inequality.csv</c>.
/// </summary>
internal static class InequalityNeeds
{
    private static readonly string[] Header =
        ["indicator", "measure", "imd_decile", "population", "count", "value", "lower_95", "upper_95", "lower_998", "upper_998", "method"];

    private const string FileName = "inequality.csv";

    public static NeedsTable Table(NeedsContext context)
    {
        var baseTable = context.Tables[0];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
        {
            var deciles = baseTable.Rows
                .Where(r => r.DeprivationMean is not null && r.Indicators[i].Rate.Population > 0)
                .GroupBy(r => (int)r.DeprivationMean!.Value)
                .OrderBy(g => g.Key)
                .Select(g => (Decile: g.Key, Population: g.Sum(r => r.Indicators[i].Rate.Population!.Value), Count: g.Sum(r => r.Indicators[i].Count)))
                .ToList();
            var rates = deciles.Select(d => CrudeRate.Calculate(d.Count, d.Population, indicator.Per)).ToList();
            foreach (var (decile, rate) in deciles.Zip(rates))
            {
                var key = CountCellKey.Decile(indicator.Name, decile.Decile);
                var hidden = context.IsSuppressed(key);
                rows.Add([indicator.Name, "rate", decile.Decile, decile.Population, context.Published(FileName, key, decile.Count),
                    hidden ? null : rate.Value, hidden ? null : rate.Lower95, hidden ? null : rate.Upper95, hidden ? null : rate.Lower998, hidden ? null : rate.Upper998, hidden ? "suppressed" : rate.Method]);
            }

            var quantiles = deciles.Zip(rates).Select(d => new QuantileRate(d.First.Population, d.Second.Value ?? 0, d.Second.Lower95, d.Second.Upper95)).ToList();
            if (quantiles.Count < InequalityIndex.MinimumQuantiles)
            {
                context.Warnings.Add($"inequality: {indicator.Name} has areas in only {quantiles.Count} deciles; the slope index needs {InequalityIndex.MinimumQuantiles}");
                continue;
            }

            var estimate = InequalityIndex.Calculate(quantiles);
            rows.Add(Index(indicator.Name, "sii", estimate.Sii, estimate.Method));
            rows.Add(Index(indicator.Name, "rii", estimate.Rii, estimate.Method));
        }

        return new NeedsTable(FileName, Header, rows);
    }

    private static IReadOnlyList<object?> Index(string indicator, string measure, LimitedValue value, string method) =>
        [indicator, measure, null, null, null, value.Value, value.Lower95, value.Upper95, value.Lower998, value.Upper998, method];
}
