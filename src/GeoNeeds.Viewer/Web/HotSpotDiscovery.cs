using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The hot-spot layers of a level from the <c>&lt;level&gt;_hotspots.csv</c> needs table of an <c>assess</c> run:
/// one "hot spots: INDICATOR" entry per indicator in it, carrying each area's local Moran cluster
/// (<c>HH</c>, <c>HL</c>, <c>LH</c>, <c>LL</c> or <c>ns</c>), in the study's indicator order.
/// </summary>
internal static class HotSpotDiscovery
{
    public const string Kind = "hotspot";

    /// <summary>The file name of a level's hot-spot table: <c>ward_hotspots.csv</c>.</summary>
    public static string FileOf(string level) => $"{level}_hotspots.csv";

    /// <exception cref="Engine.Io.InputDataException">The table lacks the indicator, area_code or cluster column, or a row is malformed.</exception>
    public static IReadOnlyList<IndicatorEntry> Read(string path, IReadOnlyList<IndicatorSummary> summaries)
    {
        var table = ValueTable.Read(path);
        var rows = table.Texts("indicator").Zip(table.Texts(AssessColumns.Code), table.Texts("cluster"));
        return [.. rows
            .GroupBy(r => r.First, StringComparer.Ordinal)
            .OrderBy(g => summaries.Select(s => s.Name).ToList().IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g =>
            {
                var label = summaries.FirstOrDefault(s => s.Name == g.Key)?.Label ?? g.Key.Replace('_', ' ');
                var clusters = g.GroupBy(r => r.Second, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Last().Third, StringComparer.Ordinal);
                return new IndicatorEntry($"{g.Key}_hotspot", $"Hot spots: {label}", Kind, Clusters: clusters);
            })];
    }
}
