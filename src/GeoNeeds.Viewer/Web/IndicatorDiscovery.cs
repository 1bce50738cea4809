using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Finds the indicators of an output layer from its property names: every rate column
/// (<see cref="IndicatorColumnNames.ParseRate"/>, with its count, limits and method beside it), then
/// <c>imd_decile</c>, <c>imd_mean</c> and <c>imd_weighted_mean</c>. Labels come from the run summary's
/// indicator list when it names the indicator.
/// </summary>
internal static class IndicatorDiscovery
{
    /// <param name="deprivation">The index the deciles come from, named in their labels (IMD 2019 when not given).</param>
    public static IReadOnlyList<IndicatorEntry> Find(IReadOnlyCollection<string> properties, IReadOnlyList<IndicatorSummary> summaries, DeprivationIndex? deprivation = null)
    {
        var index = deprivation ?? DeprivationIndex.Imd2019;
        (string Field, string Kind, string Label)[] deciles =
        [
            (IndicatorColumnNames.DeprivationDecile, "imd_decile", $"{index.Edition} decile (1 = most deprived 10% of {index.Nation})"),
            (IndicatorColumnNames.DeprivationMean, "imd_mean", $"Mean {index.Edition} decile of its LSOAs (1 = most deprived)"),
            (IndicatorColumnNames.DeprivationWeightedMean, "imd_mean", $"Population-weighted mean {index.Edition} decile (1 = most deprived)"),
        ];

        var present = properties.ToHashSet(StringComparer.Ordinal);
        string? Companion(string name) => present.Contains(name) ? name : null;

        var rates = properties
            .Select(p => (Field: p, Column: IndicatorColumnNames.ParseRate(p)))
            .Where(r => r.Column is not null)
            .Select(r =>
            {
                var (name, per, _) = r.Column!;
                var label = summaries.FirstOrDefault(s => s.Name == name)?.Label ?? string.Create(CultureInfo.InvariantCulture, $"{name.Replace('_', ' ')} per {per:N0}");
                return new IndicatorEntry(
                    r.Field, label, "rate", per,
                    Companion(IndicatorColumnNames.Count(name)),
                    Companion(IndicatorColumnNames.Lower95(name)), Companion(IndicatorColumnNames.Upper95(name)),
                    Companion(IndicatorColumnNames.Lower998(name)), Companion(IndicatorColumnNames.Upper998(name)),
                    Companion(IndicatorColumnNames.Method(name)));
            });

        var decileEntries = deciles
            .Where(d => present.Contains(d.Field))
            .Select(d => new IndicatorEntry(d.Field, d.Label, d.Kind));

        return rates.Concat(decileEntries).ToList();
    }
}
