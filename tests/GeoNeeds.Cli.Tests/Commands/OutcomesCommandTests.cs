namespace GeoNeeds.Cli.Tests.Commands;

public class OutcomesCommandTests
{
    private static readonly string Data = Path.Combine(CliProcess.RepositoryRoot(), "data", "outcomes");

    [Fact]
    public void Outcomes_DemoAdultService_WritesTheTablesAndBalancesEveryForm()
    {
        var output = Path.Combine(CliProcess.NewFolder(), "out");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "outcomes", "--intake", Path.Combine(Data, "adult_intake.csv"), "--exit", Path.Combine(Data, "adult_exit.csv"), "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(
            ["outcomes_abuse_change.csv", "outcomes_by_abuse_type.png", "outcomes_by_abuse_type.svg", "outcomes_by_dash_band.png", "outcomes_by_dash_band.svg", "outcomes_case.csv", "outcomes_dash.csv", "outcomes_intake_profile.csv", "outcomes_per_100.csv", "outcomes_per_100.png", "outcomes_per_100.svg", "outcomes_years.csv", "rejections.csv", "run-complete.json"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var dash = File.ReadAllLines(Path.Combine(output, "outcomes_dash.csv"));
        Assert.Equal("measure,category,count,n,percent,lower_95,upper_95,value,statistic,df,p,method", dash[0]);
        // The README's figures: 153 and 118 of 409 high risk at intake and exit (37%, 29%), McNemar 16.3, 213 (52%) lower.
        Assert.Contains(dash, l => l.StartsWith("dash_band_intake,high,153,409,37.4", StringComparison.Ordinal));
        Assert.Contains(dash, l => l.StartsWith("dash_band_exit,high,118,409,28.8", StringComparison.Ordinal));
        Assert.Contains(dash, l => l.StartsWith("dash_score,fell,213,409,52.0", StringComparison.Ordinal));
        Assert.Contains(dash, l => l.StartsWith("dash_band,high vs not high,,409,,,,,16.33", StringComparison.Ordinal));
        Assert.Contains("│ intake              │ 790  │ 780     │ 10", outcome.Output);
        Assert.Contains("unmatched_exit", outcome.Output);
        Assert.DoesNotContain("NO", outcome.Output);
        // The graphic is an A4 page at 150 dpi: PNG width and height in the IHDR chunk.
        var png = File.ReadAllBytes(Path.Combine(output, "outcomes_per_100.png"));
        Assert.Equal((1240, 1754), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.Contains("If the service supported 100 people", File.ReadAllText(Path.Combine(output, "outcomes_per_100.svg")));
    }

    [Fact]
    public void Outcomes_ChildrenService_WritesExposureAndDirectAbuseWithMcNemar()
    {
        var output = Path.Combine(CliProcess.NewFolder(), "out");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "outcomes", "--intake", Path.Combine(Data, "children_intake.csv"), "--exit", Path.Combine(Data, "children_exit.csv"),
            "--service", "children", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var children = File.ReadAllLines(Path.Combine(output, "outcomes_children.csv"));
        Assert.Contains(children, l => l.StartsWith("exposed_to_abuse_intake,yes,", StringComparison.Ordinal));
        Assert.Contains(children, l => l.StartsWith("direct_abuse,yes vs no,", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcomes_AdultFilesAsChildren_ExitsTwoNamingTheMissingColumns()
    {
        var (intake, folder) = (Path.Combine(Data, "adult_intake.csv"), CliProcess.NewFolder());

        var outcome = CliProcess.Run(folder, "outcomes", "--intake", intake, "--exit", Path.Combine(Data, "adult_exit.csv"), "--service", "children", "--out", "out");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"error: {intake}:1:exposed_to_abuse: missing columns 'exposed_to_abuse', 'direct_abuse'; the header has: case_id,", outcome.StandardError);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void Outcomes_UnknownLevelWord_IsARejectionAtFileLineField()
    {
        var folder = CliProcess.NewFolder();
        var intake = Path.Combine(folder, "intake.csv");
        var exit = Path.Combine(folder, "exit.csv");
        File.WriteAllLines(intake, [File.ReadLines(Path.Combine(Data, "adult_intake.csv")).First(), "C1,2024-05-01,idva,ZZ1 2AB,30,female,white_british,no,police,new,12,yes,no,severe,none,none,none,no,no,no"]);
        File.WriteAllLines(exit, [File.ReadLines(Path.Combine(Data, "adult_exit.csv")).First()]);

        var outcome = CliProcess.Run(folder, "outcomes", "--intake", "intake.csv", "--exit", "exit.csv", "--out", "out");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("intake,intake.csv,2,physical,invalid_value,'severe' is not one of high, moderate, standard, none, dont_know (or empty)",
            File.ReadAllText(Path.Combine(folder, "out", "rejections.csv")).Replace("\"", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcomes_UnknownService_IsAUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "outcomes", "--intake", "i.csv", "--exit", "e.csv", "--service", "elderly", "--out", "out");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--service must be adult or children.", outcome.StandardError);
    }

    [Fact]
    public void OutcomesHelp_ShowsItsOptionsAndAnExample()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "outcomes", "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--service <KIND>", outcome.Output);
        Assert.Contains("--suppress-below <N>", outcome.Output);
        Assert.Contains("geoneeds outcomes --intake", outcome.Output);
    }
}
