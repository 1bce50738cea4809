namespace GeoNeeds.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Help_ListsEveryVerbAndExitsZero()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("assess", outcome.Output);
        Assert.Contains("count-points", outcome.Output);
        Assert.Contains("demo", outcome.Output);
        Assert.Contains("generate-demo", outcome.Output);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("count-points")]
    [InlineData("demo")]
    [InlineData("generate-demo")]
    public void VerbHelp_DescribesItsOptions(string verb)
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), verb, "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--", outcome.Output);
        Assert.Contains("USAGE", outcome.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FileNameTooLong_ExitsThreeWithTheSystemsWordsAndNoStackTrace()
    {
        var folder = CliProcess.NewFolder();
        var name = new string('a', 300) + ".json";

        var outcome = CliProcess.Run(folder, "schema", "--out", name);

        Assert.Equal(3, outcome.ExitCode);
        Assert.StartsWith("error: the file system refused: ", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("too long", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void UnknownVerb_ExitsWithUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "asses", "study.yaml");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error", outcome.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CountPoints_WithoutPolygons_ExitsWithUsageErrorSayingWhatIsMissing()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "count-points", "--points", "p.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--polygons", outcome.Output);
    }

    [Fact]
    public void Assess_MissingStudyFile_ExitsWithInputDataErrorNamingTheFile()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "assess", "no-such-study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no-such-study.yaml: study file not found", outcome.Output);
    }

    [Fact]
    public void Assess_StudyWithUnknownKey_ExitsWithInputDataErrorNamingTheLine()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), "title: t\nlevles: []\n");

        var outcome = CliProcess.Run(folder, "assess", "study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("study.yaml:2", outcome.Output);
        Assert.Contains("levles", outcome.Output);
    }
}
