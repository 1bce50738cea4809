using System.Diagnostics;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>A study run killed (SIGKILL, no chance to clean up) while it writes its outputs.</summary>
public class InterruptedRunTests
{
    [Fact]
    public void Demo_KilledWhileWriting_LeavesThePreviousCompleteRunOrNoManifest_AndTheNextRunCleansUpAndCompletes()
    {
        var root = CliProcess.RepositoryRoot();
        var output = CliProcess.NewFolder();
        var first = CliProcess.Run(root, "demo", "--out", output, "--no-graphics");
        Assert.True(first.ExitCode == 0, first.ToString());
        var previous = OutputCaseFolder.Snapshot(output);

        var killed = KillWhileWriting(root, output);

        // Killed while computing or writing into staging, the previous run is all there; killed in the few renames
        // that move a finished run into place, the folder has no manifest and reads as incomplete.
        Assert.True(killed, "the run finished before it could be killed while writing");
        if (File.Exists(Path.Combine(output, RunManifest.FileName)))
        {
            Assert.Equal(previous, Visible(OutputCaseFolder.Snapshot(output)));
            Assert.Empty(RunManifest.Check(output));
        }

        var next = CliProcess.Run(root, "demo", "--out", output, "--no-graphics");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("note: removed ", next.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(output, ".*", SearchOption.AllDirectories));
        Assert.Empty(RunManifest.Check(output));
        Assert.Equal(["police_incidents", "da_incidents", "referrals", "outcomes_adult intake", "outcomes_adult exit", "outcomes_children intake", "outcomes_children exit"], RunAccounting.AssertEveryInputBalances(output));
    }

    /// <summary>Starts a demo run with graphics into <paramref name="output"/> and kills it once its staging folder holds a file.</summary>
    private static bool KillWhileWriting(string root, string output)
    {
        using var process = CliProcess.Start(root, "demo", "--out", output);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (Directory.EnumerateDirectories(output, StagedOutputFolder.StagingPrefix + "*").Any(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any()))
            {
                process.Kill();
                process.WaitForExit();
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }

    /// <summary>The snapshot without the hidden staging folder a killed run leaves (removed by the next run).</summary>
    private static Dictionary<string, string> Visible(Dictionary<string, string> snapshot) =>
        snapshot.Where(e => !e.Key.StartsWith('.')).ToDictionary(e => e.Key, e => e.Value);
}
