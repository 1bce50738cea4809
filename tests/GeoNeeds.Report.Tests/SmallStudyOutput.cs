using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Report.Tests;

/// <summary>
/// A hand-made finished output folder of two wards and one indicator: a run summary, <c>ward.csv</c> as given and
/// the manifest, for the cases the demo does not show (a withheld count in a printed table, chapters left out).
/// </summary>
internal static class SmallStudyOutput
{
    public const string Header = "area_code,area_name,population,da_incidents_count,da_incidents_rate_per_1000,da_incidents_lower_95,da_incidents_upper_95,da_incidents_method";

    /// <summary>A folder whose <c>ward.csv</c> holds <see cref="Header"/> and <paramref name="rows"/>.</summary>
    public static string Folder(params string[] rows) => Write(TestFiles.NewFolder(), rows, []);

    /// <summary>
    /// A folder of <paramref name="wards"/> wards, each a square of a grid with a rate of its own, with their layer
    /// (<c>ward.geojson</c>) and map classes (<c>ward_classes.json</c>) beside <c>ward.csv</c>.
    /// </summary>
    public static string FolderWithLayer(int wards)
    {
        var folder = TestFiles.NewFolder();
        var side = (int)Math.Ceiling(Math.Sqrt(wards));
        var codes = Enumerable.Range(1, wards).Select(i => $"X05{i:D6}").ToList();
        var features = codes.Select((code, i) =>
        {
            var (x, y) = (-1.6 + (0.001 * (i % side)), 52.3 + (0.001 * (i / side)));
            return string.Create(CultureInfo.InvariantCulture, $$$"""{"type":"Feature","properties":{"area_code":"{{{code}}}","area_name":"Ward {{{i + 1}}}","da_incidents_rate_per_1000":{{{(i % 97) + 1}}}},"geometry":{"type":"Polygon","coordinates":[[[{{{x:F3}}},{{{y:F3}}}],[{{{x + 0.001:F3}}},{{{y:F3}}}],[{{{x + 0.001:F3}}},{{{y + 0.001:F3}}}],[{{{x:F3}}},{{{y + 0.001:F3}}}],[{{{x:F3}}},{{{y:F3}}}]]]}}""");
        });
        File.WriteAllText(Path.Combine(folder, "ward.geojson"), $$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}""");
        string[] written = ["ward.geojson", .. Viewer.Web.LevelClassesFile.WriteAll(folder)];
        return Write(folder, [.. codes.Select((code, i) => $"{code},Ward {i + 1},1000,{(i % 97) + 1},{(i % 97) + 1}.0,1.0,200.0,byar")], written);
    }

    private static string Write(string folder, string[] rows, IReadOnlyList<string> others)
    {
        File.WriteAllText(Path.Combine(folder, "ward.csv"), string.Join('\n', [Header, .. rows]) + "\n");
        var summary = new RunSummary(
            "Small study", "small.yaml", "GeoNeeds test",
            [new LevelSummary("ward", rows.Length, "EPSG:27700", 0, null, null, null)],
            [new InputSummary("da_incidents", "points", ["incidents.csv"], 10, 9, 1, new Dictionary<string, long> { ["no_location"] = 1 }, true, null, null, null, null, null)],
            [new IndicatorSummary("da_incidents", "da_incidents", 1000, "Domestic abuse incidents per 1,000 residents", "Crude rate (test)")],
            5, null, null, [], new Dictionary<string, double>(), ["ward.csv"], ["Test data."]);
        File.WriteAllText(Path.Combine(folder, "run-summary.json"), summary.ToJson());
        RunManifest.Of(folder, ["ward.csv", "run-summary.json", .. others]).Write(folder);
        return folder;
    }
}
