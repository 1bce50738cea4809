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
    public static string Folder(params string[] rows)
    {
        var folder = TestFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "ward.csv"), string.Join('\n', [Header, .. rows]) + "\n");
        var summary = new RunSummary(
            "Small study", "small.yaml", "GeoNeeds test",
            [new LevelSummary("ward", rows.Length, "EPSG:27700", 0, null, null, null)],
            [new InputSummary("da_incidents", "points", ["incidents.csv"], 10, 9, 1, new Dictionary<string, long> { ["no_location"] = 1 }, true, null, null, null, null, null)],
            [new IndicatorSummary("da_incidents", "da_incidents", 1000, "Domestic abuse incidents per 1,000 residents", "Crude rate (test)")],
            5, null, null, [], new Dictionary<string, double>(), ["ward.csv"], ["Test data."]);
        File.WriteAllText(Path.Combine(folder, "run-summary.json"), summary.ToJson());
        RunManifest.Of(folder, ["ward.csv", "run-summary.json"]).Write(folder);
        return folder;
    }
}
