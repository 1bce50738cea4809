namespace GeoNeeds.Cli.Tests;

/// <summary><c>geoneeds tiles OUT_DIR</c> run as a user would, on the demo's outputs.</summary>
public class TilesCommandTests
{
    [Fact]
    public void Tiles_DemoOutputs_WritesAnMBTilesFilePerLevelAndSaysSo()
    {
        var (demo, folder) = DemoTests.Demo.Value;
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var target = Path.Combine(CliProcess.NewFolder(), "tiles");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "tiles", folder, "--max-zoom", "8", "--out", target);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(["lad.mbtiles", "lsoa.mbtiles", "ward.mbtiles"], Directory.EnumerateFiles(target).Select(Path.GetFileName).Order());
        Assert.Matches(@"ward: \d+ tiles, zoom 0 to 8, [\d.]+ MB", outcome.Output);
        Assert.Contains($"Wrote 3 MBTiles files to {target}", outcome.Output.Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Tiles_MaxZoomBeyondTheViewers_IsAUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "tiles", CliProcess.NewFolder(), "--max-zoom", "15");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("--max-zoom 15 is not a zoom from 0 to 14.", outcome.Output);
    }

    [Fact]
    public void Tiles_MissingFolder_IsAnInputDataError()
    {
        var missing = Path.Combine(CliProcess.NewFolder(), "out");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "tiles", missing);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("no such folder", outcome.Output);
    }
}
