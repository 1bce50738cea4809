namespace GeoNeeds.Cli.Tests.Commands.Studies;

/// <summary><c>geoneeds validate</c>, <c>init</c> and <c>schema</c>, run as a user would.</summary>
public class StudyCommandsTests
{
    [Fact]
    public void Validate_DemoStudy_PrintsOkWithASummary()
    {
        var outcome = CliProcess.Run(Path.Combine(CliProcess.RepositoryRoot(), "data"), "validate", "demo-study.yaml");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            "ok: demo-study.yaml: 3 levels (lsoa, ward, lad), 3 inputs, 3 indicators, needs: prevalence, refuge, marac, change, inequality, hot_spots, benchmark, correlation, profiles, representation, comparators, outcomes\n",
            outcome.Output);
    }

    [Fact]
    public void Validate_FaultyStudy_ListsEveryFaultAndExitsTwo()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), "title: t\nindicaters: []\nneeds:\n  refuge: { level: lad, provided: { E1: lots } }\n");

        var outcome = CliProcess.Run(folder, "validate", "study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "error: study.yaml:2:1: unknown key 'indicaters' at the top level; did you mean 'indicators'? Allowed: title, levels, lookup, population, deprivation, postcodes, inputs, indicators, periods, baseline, compare, annualise, needs, output, graphics, database, attribution\n"
            + "error: study.yaml:4:41: needs.refuge.provided.E1: expected a number, got 'lots'\n",
            outcome.Output);
    }

    [Fact]
    public void Validate_MissingBoundaryFile_NamesTheKeyWhereItIsGiven()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), "levels:\n  - name: lsoa\n    boundaries: lsoa.geojson\n");

        var outcome = CliProcess.Run(folder, "validate", "study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: study.yaml:3:17: levels.lsoa.boundaries: no file matches 'lsoa.geojson' (resolved against {folder})\n", outcome.Output);
    }

    [Fact]
    public void Validate_FaultsInSeveralParts_ListsTheFirstOfEachPart()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), """
            levels:
              - name: lsoa
                boundaries: lsoa.geojson
            inputs:
              - name: incidents
                files: incidents.csv
            indicators:
              - name: rate
                input: incident
            output:
              decimals: 20
            """.Replace("\r", "", StringComparison.Ordinal) + "\n");

        var outcome = CliProcess.Run(folder, "validate", "study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            [
                $"error: study.yaml:3:17: levels.lsoa.boundaries: no file matches 'lsoa.geojson' (resolved against {folder})",
                $"error: study.yaml:6:12: inputs.incidents.files: no file matches 'incidents.csv' (resolved against {folder})",
                "error: study.yaml:9:12: indicators.rate.input: no input is named 'incident'",
                "error: study.yaml:11:13: output.decimals: must be between 0 and 15",
            ],
            outcome.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Init_InTheDemoTownsFolder_WritesAStudyThatValidatesAndRuns()
    {
        var folder = CliProcess.NewFolder();
        CopyFolder(Path.Combine(CliProcess.RepositoryRoot(), "data"), folder);

        var init = CliProcess.Run(folder, "init", "my-study.yaml");
        var validate = CliProcess.Run(folder, "validate", "my-study.yaml");
        var assess = CliProcess.Run(folder, "assess", "my-study.yaml", "--no-graphics");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=geoneeds.schema.json\n", File.ReadAllText(Path.Combine(folder, "my-study.yaml")));
        Assert.True(File.Exists(Path.Combine(folder, "geoneeds.schema.json")));
        Assert.Equal(0, validate.ExitCode);
        Assert.StartsWith("ok: my-study.yaml: 2 levels (lsoa, ward), 1 input, 1 indicator", validate.Output);
        Assert.True(assess.ExitCode == 0, assess.ToString());
        Assert.True(File.Exists(Path.Combine(folder, "out", "ward.csv")));
    }

    [Fact]
    public void Init_ExistingFile_IsLeftAsItWas()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), "title: mine\n");

        var outcome = CliProcess.Run(folder, "init");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: study.yaml: already exists; init never overwrites a file: give another name or remove it\n", outcome.Output);
        Assert.Equal("title: mine\n", File.ReadAllText(Path.Combine(folder, "study.yaml")));
    }

    [Fact]
    public void Schema_PrintsTheCommittedSchema()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "schema");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot(), "docs", "study.schema.json")), outcome.Output);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("init")]
    [InlineData("schema")]
    public void Help_ListsTheStudyVerbs(string verb)
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "--help");

        Assert.Contains(verb, outcome.Output);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
