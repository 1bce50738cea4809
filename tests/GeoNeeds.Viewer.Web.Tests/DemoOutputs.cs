using GeoNeeds.Engine.Studies;
using GeoNeeds.Synthetic;

namespace GeoNeeds.Viewer.Tests;

/// <summary>
/// The outputs of the demo study, made once per test run as <c>geoneeds demo</c> makes them: the synthetic
/// town Saltmere generated with the default seed into a temporary folder, its study run and written.
/// </summary>
internal static class DemoOutputs
{
    private static readonly Lazy<string> Outputs = new(() =>
    {
        var root = TestFolder.New();
        var data = Path.Combine(root, "data");
        DemoTown.Generate(data);
        var outputs = Path.Combine(root, "out");
        StudyOutputs.Write(Study.Run(StudyFile.Load(Path.Combine(data, DemoStudy.FileName))), outputs);
        return outputs;
    });

    /// <summary>The output folder (lsoa/ward/lad .geojson and .csv, run-summary.json, ATTRIBUTION.txt...).</summary>
    public static string Folder => Outputs.Value;
}
