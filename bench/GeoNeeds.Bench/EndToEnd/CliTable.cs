using System.Globalization;
using System.Text;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>The benchmark's report of the <c>geoneeds</c> commands: one Markdown row per row count, command and cache state.</summary>
internal static class CliTable
{
    private static readonly string[] StudyStages = ["geography", "inputs", "indicators", "disclosure", "measures"];

    public static string Format(IReadOnlyList<(long Rows, CliResult Run)> results)
    {
        var text = new StringBuilder();
        text.AppendLine("`geoneeds` as a user runs it (`dotnet geoneeds.dll ...`), process start to exit; study stages from `run-summary.json`; the rest is start-up and writing.");
        text.AppendLine();
        text.AppendLine("| rows | command | boundary cache | wall s | processor s | peak resident | " + string.Join(" | ", StudyStages) + " | rest |");
        text.AppendLine("|---:|---|---|---:|---:|---:|" + string.Concat(StudyStages.Select(_ => "---:|")) + "---:|");
        foreach (var (rows, run) in results)
        {
            var stages = StudyStages.Select(s => run.Stages.TryGetValue(s, out var seconds) ? Seconds(seconds) : "—");
            var rest = run.Stages.Count == 0 ? "—" : Seconds(run.WallSeconds - run.Stages.Values.Sum());
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rows:N0} | {run.Command} | {(run.ColdCache ? "cold" : "warm")} | **{run.WallSeconds:F2}** | {run.ProcessorSeconds:F2} | {run.PeakResidentBytes / 1048576.0:N0} MiB | {string.Join(" | ", stages)} | {rest} |"));
        }

        return text.ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);
}
