namespace GeoNeeds.Cli.Tests.Commands;

/// <summary><c>geoneeds report OUT_DIR</c> run as a user would, on the demo's output folder and on folders that are not one.</summary>
public class ReportCommandTests
{
    [Fact]
    public void Report_OfTheDemoOutput_WritesTheReportWhereOutSays()
    {
        var (_, folder) = DemoTests.Demo.Value;
        var file = Path.Combine(CliProcess.NewFolder(), "saltmere.html");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "report", folder, "--out", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"Wrote the report {file}", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("<h1>Saltmere domestic abuse needs assessment (synthetic demo)</h1>", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAFolderThatIsNotAStudyOutput_ExitsWithCode1AndSaysWhy()
    {
        var folder = CliProcess.NewFolder();

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "report", folder);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no run-summary.json, so it is not the output folder of a geoneeds assess or geoneeds demo run", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void Report_Profile_WritesTheAreasPage()
    {
        var (_, folder) = DemoTests.Demo.Value;
        var file = Path.Combine(CliProcess.NewFolder(), "brinecombe.html");

        // --out keeps the shared demo folder as the demo wrote it; the default name is report-X05000001.html beside the report.
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "report", folder, "--profile", "X05000001", "--out", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("<h1>Brinecombe (X05000001)</h1>", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ProfileOfACodeTheStudyDoesNotHave_ExitsWithCode1AndSaysSo()
    {
        var (_, folder) = DemoTests.Demo.Value;

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "report", folder, "--profile", "E99999999");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: E99999999 is not an area of the study", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report-E99999999.html")));
    }

    [Fact]
    public void Report_Help_DescribesTheFolderOutPdfAndProfile()
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "report", "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("<OUT_DIR>", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("--out <FILE>", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("--pdf", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("--profile <CODE>", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_WritesAReportOfItsOwnOutput()
    {
        var (_, folder) = DemoTests.Demo.Value;

        var html = File.ReadAllText(Path.Combine(folder, "report.html"));

        Assert.Contains("<h2 id=\"incidents-title\">Police-recorded incidents</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"provision-title\">Provision: refuge, MARAC and IDVA</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_StudyWhoseOutputAsksForTheReport_WritesReportHtmlWithTheRun()
    {
        var study = BadInput.CorpusFolder.PointsStudy.Replace("output: { suppress_below: 0 }", "output: { suppress_below: 0, report: true }", StringComparison.Ordinal);
        var folder = new BadInput.CorpusFolder()
            .With("squares.geojson", CountPointsTests.Squares)
            .With("points.csv", "e,n,m,c\n430500,280500,2025-04,x\n431500,280500,2025-04,y\n")
            .With("study.yaml", study);

        var outcome = folder.Run("assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("<h1>corpus</h1>", folder.Read(Path.Combine("out", "report.html")), StringComparison.Ordinal);
    }
}
