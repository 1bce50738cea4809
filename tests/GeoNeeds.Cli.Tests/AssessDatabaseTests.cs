namespace GeoNeeds.Cli.Tests;

public class AssessDatabaseTests
{
    [Fact]
    public void Assess_DatabaseThatCannotBeReached_ExitsWithInputDataErrorNamingTheStudyKey()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.yaml"), """
            database: { connection: "Host=/nonexistent-geoneeds-socket-folder;Database=council;Username=analyst;Password=not-in-messages" }
            levels: [{ name: lsoa, table: boundaries.lsoa }]
            """);

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("study.yaml:database:connection: cannot connect to the database", outcome.Output);
        Assert.DoesNotContain("not-in-messages", outcome.Output);
    }
}
