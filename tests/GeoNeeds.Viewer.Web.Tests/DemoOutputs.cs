using GeoNeeds.Engine.Studies;
using GeoNeeds.Synthetic;

namespace GeoNeeds.Viewer.Tests;

/// <summary>
/// The outputs of the demo study, made once per test run as <c>geoneeds demo --no-graphics</c> makes them: the
/// synthetic town Saltmere generated with the default seed into a temporary folder, its study run and written.
/// No map classes are written, so the viewer makes them as it does for older output folders.
/// </summary>
internal static class DemoOutputs
{
    private static readonly Lazy<(StudyResult Result, string Folder, string Data)> Outputs = new(() =>
    {
        var root = TestFolder.New();
        var data = Path.Combine(root, "data");
        DemoTown.Generate(data);
        var outputs = Path.Combine(root, "out");
        var result = Study.Run(StudyFile.Load(Path.Combine(data, DemoStudy.FileName)));
        StudyOutputs.Write(result, outputs);
        return (result, outputs, data);
    });

    /// <summary>The output folder (lsoa/ward/lad .geojson and .csv, run-summary.json, ATTRIBUTION.txt...).</summary>
    public static string Folder => Outputs.Value.Folder;

    /// <summary>The synthetic inputs the study read (boundaries, postcodes/postcodes.csv, incidents...).</summary>
    public static string Data => Outputs.Value.Data;

    /// <summary>The study run the folder was written from, for drawing its maps.</summary>
    public static StudyResult Result => Outputs.Value.Result;
}
