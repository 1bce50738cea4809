using System.Text.Json;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus for output paths: every verb that writes, given an output it must not or cannot write,
/// exits 1 with one line on standard error naming the option and the path, and reads and writes nothing; given
/// one it can write (missing folders, a folder with the user's files in it), it runs and every row is accounted for.
/// </summary>
public class OutputPathCases
{
    private const string IsInput = "is an input of this run, which would be replaced; write to another file";

    /// <summary>Option and path as the message names them, the problem it gives, and the command line (run in a fresh <see cref="OutputCaseFolder"/>).</summary>
    public static TheoryData<string, string, string, string[]> Refused => new()
    {
        { "--out", ".", "holds ", ["assess", "study.yaml", "--out", "."] },
        { "--out", "in", "holds areas.geojson, an input of this run", ["assess", "study.yaml", "--out", "in"] },
        { "--out", "in-link", "holds areas.geojson, an input of this run", ["assess", "study.yaml", "--out", "in-link"] },
        { "--out", "in/", "holds areas.geojson, an input of this run", ["assess", "study.yaml", "--out", "in/"] },
        { "output.folder", "in", "holds areas.geojson, an input of this run", ["assess", "study-into-inputs.yaml"] },
        { "--out", "in/areas.geojson", "is a file; --out needs a folder", ["assess", "study.yaml", "--out", "in/areas.geojson"] },
        { "--out", "notes.txt", "is a file; --out needs a folder", ["assess", "study.yaml", "--out", "notes.txt"] },
        { "--out", "notes.txt/out", "notes.txt is a file, not a folder", ["assess", "study.yaml", "--out", "notes.txt/out"] },
        { "--out", "/proc/geoneeds-out", "cannot be written (", ["assess", "study.yaml", "--out", "/proc/geoneeds-out"] },
        { "--out", "/sys/geoneeds-out", "cannot be written (permission denied in /sys)", ["assess", "study.yaml", "--out", "/sys/geoneeds-out"] },
        { "--out", "in", "holds demo-study.yaml, an input of this run", ["demo", "--data", "in", "--out", "in"] },
        { "--out", "notes.txt", "is a file; --out needs a folder", ["demo", "--data", "in", "--out", "notes.txt"] },
        { "--out", "notes.txt", "is a file; --out needs a folder", ["generate-demo", "--out", "notes.txt"] },
        { "--out", "in/points.csv", IsInput, ["count-points", "--points", "in/points.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "in/points.csv"] },
        { "--out", "in-link/points.csv", IsInput, ["count-points", "--points", "in/*.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "in-link/points.csv"] },
        { "--out", "in/areas.geojson", IsInput, ["count-points", "--points", "in/points.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "in/areas.geojson"] },
        { "--out", "outdir", "is a folder; --out needs a file name", ["count-points", "--points", "in/points.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "outdir"] },
        { "--out", "/proc/geoneeds/counts.csv", "cannot be written (", ["count-points", "--points", "in/points.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--x", "e", "--y", "n", "--out", "/proc/geoneeds/counts.csv"] },
        { "--out", "rates.csv", IsInput, ["rates", "--in", "rates.csv", "--per", "1000", "--out", "rates.csv"] },
        { "--out", "notes.txt/rates.csv", "notes.txt is a file, not a folder", ["rates", "--in", "rates.csv", "--per", "1000", "--out", "notes.txt/rates.csv"] },
        { "--out", "rates.csv", IsInput, ["refuge", "--in", "rates.csv", "--out", "rates.csv"] },
        { "--out", "rates.csv", IsInput, ["marac", "--in", "rates.csv", "--out", "rates.csv"] },
        { "--out", "rates.csv", IsInput, ["change", "--in", "rates.csv", "--out", "rates.csv"] },
        { "--out", "rates.csv", IsInput, ["inequality", "--in", "rates.csv", "--out", "rates.csv"] },
        { "--out", "recorded.csv", IsInput, ["prevalence", "--in", "rates.csv", "--recorded", "recorded.csv", "--out", "recorded.csv"] },
        { "--out", "values.csv", IsInput, ["correlate", "--in", "values.csv", "--x", "imd_decile", "--y", "points_rate_per_1000", "--out", "values.csv"] },
        { "--out", "in/areas.geojson", IsInput, ["hotspots", "--in", "values.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--value", "points_rate_per_1000", "--out", "in/areas.geojson"] },
        { "--out", "values.csv", IsInput, ["map", "--polygons", "in/areas.geojson", "--code-field", "CODE", "--values", "values.csv", "--out", "values.csv"] },
        { "--out", "outdir", "is a folder; --out needs a file name", ["chart", "ranked", "--in", "values.csv", "--out", "outdir"] },
        { "--out", "outdir", "is a folder; --out needs a file name", ["schema", "--out", "outdir"] },
        { "--out", "in", "holds points.csv, an input of this run", ["outcomes", "--intake", "in/points.csv", "--exit", "in/points.csv", "--out", "in"] },
        { "--out", "notes.txt", "is a file; --out needs a folder", ["outcomes", "--intake", "in/points.csv", "--exit", "in/points.csv", "--out", "notes.txt"] },
        { "FILE", "notes.txt/study.yaml", "notes.txt is a file, not a folder", ["init", "notes.txt/study.yaml"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Output_ThatMustNotOrCannotBeWritten_ExitsOneNamingOptionAndPath_AndTouchesNothing(string option, string path, string problem, string[] args)
    {
        var folder = OutputCaseFolder.Create();
        var before = OutputCaseFolder.Snapshot(folder);

        var outcome = CliProcess.Run(folder, args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        var message = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {option} {path}: ", message);
        Assert.Contains(problem, message);
        Assert.Equal("", outcome.StandardOutput);
        Assert.Equal(before, OutputCaseFolder.Snapshot(folder));
    }

    [Fact]
    public void Assess_OutInFoldersThatDoNotExistYet_CreatesThemAndAccountsForEveryRow()
    {
        var folder = OutputCaseFolder.Create();
        var inputs = InputsOf(folder);

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--no-graphics", "--out", "new/nested/out");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var output = Path.Combine(folder, "new", "nested", "out");
        Assert.Equal(["points"], RunAccounting.AssertEveryInputBalances(output));
        Assert.Equal(OutputCaseFolder.PointRows, ReadRows(output));
        Assert.Equal(inputs, InputsOf(folder));
    }

    [Fact]
    public void Assess_OutHoldingTheUsersFilesAndAKilledRunsLeftovers_KeepsTheFilesRemovesTheLeftoversAndSaysSo()
    {
        var folder = OutputCaseFolder.Create();
        OutputCaseFolder.Write(folder, "out/my-notes.txt", "mine\n");
        OutputCaseFolder.Write(folder, "out/.area.csv.0123456789abcdef0123456789abcdef.tmp", "half a table");
        OutputCaseFolder.Write(folder, "out/.geoneeds-staging-0123456789abcdef0123456789abcdef/area.csv", "half a run");
        var inputs = InputsOf(folder);

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("note: removed 2 temporary files left by an interrupted run: .geoneeds-staging-0123456789abcdef0123456789abcdef, .area.csv.0123456789abcdef0123456789abcdef.tmp", outcome.StandardError);
        var output = Path.Combine(folder, "out");
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(output, "my-notes.txt")));
        Assert.Empty(Directory.GetFileSystemEntries(output, ".*"));
        Assert.Equal(["points"], RunAccounting.AssertEveryInputBalances(output));
        Assert.Equal(inputs, InputsOf(folder));
    }

    [Fact]
    public void CountPoints_OutInAFolderThatDoesNotExistYet_CreatesItAndCountsPlusRejectionsAreTheRowsRead()
    {
        var folder = OutputCaseFolder.Create();
        var inputs = InputsOf(folder);

        var outcome = CliProcess.Run(folder, "count-points", "--points", "in/points.csv", "--polygons", "in/areas.geojson", "--code-field", "CODE",
            "--x", "e", "--y", "n", "--suppress-below", "0", "--out", "new/counts.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var counted = File.ReadLines(Path.Combine(folder, "new", "counts.csv")).Skip(1).Sum(line => int.Parse(line.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        var rejected = File.ReadLines(Path.Combine(folder, "new", "counts.rejections.csv")).Count() - 1;
        Assert.Equal(OutputCaseFolder.PointRows, counted + rejected);
        Assert.Equal(inputs, InputsOf(folder));
    }

    /// <summary>The snapshot of the case folder's inputs (everything under in/ and the study files).</summary>
    private static Dictionary<string, string> InputsOf(string folder) =>
        OutputCaseFolder.Snapshot(folder).Where(e => e.Key.StartsWith("in/", StringComparison.Ordinal) || e.Key.EndsWith(".yaml", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value);

    /// <summary>The rows the run summary says were read, over all inputs.</summary>
    private static long ReadRows(string output)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")));
        return summary.RootElement.GetProperty("inputs").EnumerateArray().Sum(i => i.GetProperty("read").GetInt64());
    }
}
