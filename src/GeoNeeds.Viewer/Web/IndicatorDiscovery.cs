using System.Globalization;
using System.Text.RegularExpressions;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Finds the indicators of an output layer from its property names: every <c>NAME_rate_per_N</c> (with the
/// <c>NAME_count</c>, <c>NAME_lower_95</c>... beside it), then <c>imd_decile</c>, <c>imd_mean</c> and
/// <c>imd_weighted_mean</c>. Labels come from the run summary's indicator list when it names the indicator.
/// </summary>
internal static partial class IndicatorDiscovery
{
    private static readonly (string Field, string Kind, string Label)[] Deprivation =
    [
        ("imd_decile", "imd_decile", "IMD 2019 decile (1 = most deprived 10%)"),
        ("imd_mean", "imd_mean", "Mean IMD decile of its LSOAs (1 = most deprived)"),
        ("imd_weighted_mean", "imd_mean", "Population-weighted mean IMD decile (1 = most deprived)"),
    ];

    public static IReadOnlyList<IndicatorEntry> Find(IReadOnlyCollection<string> properties, IReadOnlyList<IndicatorSummary> summaries)
    {
        var present = properties.ToHashSet(StringComparer.Ordinal);
        string? Companion(string name) => present.Contains(name) ? name : null;

        var rates = properties
            .Select(p => RateField().Match(p))
            .Where(m => m.Success)
            .Select(m =>
            {
                var name = m.Groups["name"].Value;
                var per = double.Parse(m.Groups["per"].Value, CultureInfo.InvariantCulture);
                var label = summaries.FirstOrDefault(s => s.Name == name)?.Label ?? string.Create(CultureInfo.InvariantCulture, $"{name.Replace('_', ' ')} per {per:N0}");
                return new IndicatorEntry(
                    m.Value, label, "rate", per,
                    Companion($"{name}_count"),
                    Companion($"{name}_lower_95"), Companion($"{name}_upper_95"),
                    Companion($"{name}_lower_998"), Companion($"{name}_upper_998"),
                    Companion($"{name}_method"));
            });

        var deprivation = Deprivation
            .Where(d => present.Contains(d.Field))
            .Select(d => new IndicatorEntry(d.Field, d.Label, d.Kind));

        return rates.Concat(deprivation).ToList();
    }

    [GeneratedRegex(@"^(?<name>.+)_rate_per_(?<per>[0-9]+)$")]
    private static partial Regex RateField();
}
