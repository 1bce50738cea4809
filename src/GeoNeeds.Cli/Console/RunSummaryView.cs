using System.Globalization;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Studies;
using Spectre.Console;

namespace GeoNeeds.Cli.Console;

/// <summary>Prints a run summary: rows per input by outcome, roll-up checks and warnings.</summary>
internal static class RunSummaryView
{
    public static void Print(RunSummary summary, string outputFolder)
    {
        PrintRows(summary.Inputs.Select(i => (i.Name, i.Read, i.Matched, i.Rejected, i.RejectedByReason, i.Balances)));
        foreach (var input in summary.Inputs.Where(i => i.AgreementRows is not null))
        {
            AnsiConsole.MarkupLineInterpolated($"{input.Name}: spatial area agrees with the file's own area code for {input.AgreementRows:P1} of {input.AgreementCompared:N0} rows ({input.AgreementCounts:P1} on per-area counts)");
        }

        foreach (var level in summary.Levels)
        {
            var check = level.RollupCheck is { } c ? $"; agrees with {c.ComparedWith} for {c.Agreed} of {c.Compared}" : "";
            var rollup = level.RollupMethod is null ? "" : $", rolled up by {level.RollupMethod}{check}";
            AnsiConsole.MarkupLineInterpolated($"{level.Name}: {level.Areas:N0} {(level.Areas == 1 ? "area" : "areas")}{rollup}");
            PrintRepairs(level);
        }

        foreach (var warning in summary.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {PrintableText.Of(warning)}");
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {summary.Outputs.Count} files to {outputFolder}");
    }

    /// <summary>The table of rows by input: read, matched and rejected (by reason), and whether they balance.</summary>
    public static void PrintRows(IEnumerable<(string Name, long Read, long Matched, long Rejected, IReadOnlyDictionary<string, long> RejectedByReason, bool Balances)> inputs)
    {
        var table = new Table().Title("Rows by input (read = matched + rejected)").AddColumns("input / reason", "read", "matched", "rejected", "balances");
        foreach (var input in inputs)
        {
            table.AddRow(Markup.Escape(input.Name), Number(input.Read), Number(input.Matched), Number(input.Rejected), input.Balances ? "[green]yes[/]" : "[red]NO[/]");
            foreach (var (reason, count) in input.RejectedByReason)
            {
                table.AddRow($"  [grey]{Markup.Escape(reason)}[/]", "", "", Number(count), "");
            }
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The repaired polygons of a level: a repair can move points between areas, so each is named (the first few here, all in the summary).</summary>
    private static void PrintRepairs(LevelSummary level)
    {
        const int Shown = 10;
        if (level.Repairs is not { Count: > 0 } repairs)
        {
            return;
        }

        AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {level.Name}: {repairs.Count} invalid {(repairs.Count == 1 ? "polygon was" : "polygons were")} repaired; points near them may have moved between areas:");
        foreach (var repair in repairs.Take(Shown))
        {
            AnsiConsole.MarkupLineInterpolated($"  {repair}");
        }

        if (repairs.Count > Shown)
        {
            AnsiConsole.MarkupLineInterpolated($"  ... and {repairs.Count - Shown} more (run-summary.json lists every one)");
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
