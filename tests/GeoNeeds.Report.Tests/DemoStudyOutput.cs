using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Synthetic;
using GeoNeeds.Viewer.Studies;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Report.Tests;

/// <summary>
/// The demo study's finished output folder, made once per test run as <c>geoneeds demo</c> makes it (maps, charts,
/// map classes and the manifest), and its rendered report.
/// </summary>
internal static class DemoStudyOutput
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var root = TestFiles.NewFolder();
        var data = Path.Combine(root, "data");
        DemoTown.Generate(data);
        var result = Study.Run(StudyFile.Load(Path.Combine(data, DemoStudy.FileName)));
        using var staged = StagedOutputFolder.Begin("--out", Path.Combine(root, "out"));
        var drawn = StudyGraphics.Draw(result, staged.Staging);
        StudyOutputs.Write(result, staged.Staging, [.. drawn, .. result.Levels.Select(l => LevelClassesFile.NameOf(l.Name))]);
        LevelClassesFile.WriteAll(staged.Staging);
        staged.Commit();
        return staged.Target;
    });

    private static readonly Lazy<string> Html = new(() => ReportDocument.Render(Reading.StudyOutput.Open(Folder)));

    /// <summary>The output folder.</summary>
    public static string Folder => Output.Value;

    /// <summary>The report of the folder, as HTML.</summary>
    public static string Report => Html.Value;
}
