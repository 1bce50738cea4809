using System.Globalization;
using System.Text;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>The benchmark's report: a Markdown table of stage times per row count and path, with engine ÷ baseline ratios.</summary>
internal static class ScalingTable
{
    private static readonly string[] StageNames = ["startup", "boundaries", "index", "parse+join", "aggregate", "write"];

    public static string Format(IReadOnlyList<(long Rows, RunResult? Baseline, RunResult Engine)> results)
    {
        var text = new StringBuilder();
        text.AppendLine("The engine and the baseline in this program: wall seconds per stage unless stated; processor s = CPU time of all threads.");
        text.AppendLine();
        text.AppendLine("| rows | path | " + string.Join(" | ", StageNames) + " | wall (start → files) | processor s | peak working set | rows/s | wall vs baseline |");
        text.AppendLine("|---:|---|" + string.Concat(StageNames.Select(_ => "---:|")) + "---:|---:|---:|---:|---:|");
        foreach (var (rows, baseline, engine) in results)
        {
            if (baseline is not null)
            {
                text.AppendLine(Line(rows, baseline, "1.00×"));
            }

            var ratio = baseline is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{baseline.WallSeconds / engine.WallSeconds:F2}× faster");
            text.AppendLine(Line(rows, engine, ratio));
        }

        var first = results[0].Engine;
        text.AppendLine();
        foreach (var (rows, _, engine) in results.Skip(1))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- engine at {rows:N0} rows: {engine.WallSeconds / first.WallSeconds:F2}× the wall time and {(double)engine.PeakWorkingSetBytes / first.PeakWorkingSetBytes:F2}× the peak memory of {results[0].Rows:N0} rows ({(double)rows / results[0].Rows:N0}× the rows).");
        }

        return text.ToString();
    }

    private static string Line(long rows, RunResult run, string ratio) => string.Create(CultureInfo.InvariantCulture,
        $"| {rows:N0} | {run.Path} | {string.Join(" | ", StageNames.Select(s => run.Stages.TryGetValue(s, out var seconds) ? seconds.ToString("F2", CultureInfo.InvariantCulture) : "—"))} | **{run.WallSeconds:F2}** | {run.ProcessorSeconds.Values.Sum():F2} | {run.PeakWorkingSetBytes / 1048576.0:N0} MiB | {run.RowsPerSecond:N0} | {ratio} |");
}
