using System.Globalization;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Report.Tables;

/// <summary>The tables the report prints from the run summary rather than from a CSV: rows read per input, levels, withheld counts.</summary>
public static class RunTables
{
    private const string Source = RunSummary.FileName;

    /// <summary>Every input's rows: read, matched and rejected (read = matched + rejected), with the reasons.</summary>
    public static TableView Accounting(RunSummary summary) => new(
        "Rows read, matched and rejected, by input",
        Source,
        ["Input", "Type", "Files", "Rows read", "Matched", "Rejected", "Rejected because", "Read = matched + rejected"],
        [.. summary.Inputs.Select(i => (IReadOnlyList<string>)[
            i.Name, i.Type, Count(i.Files.Count), Count(i.Read), Count(i.Matched), Count(i.Rejected),
            i.RejectedByReason.Count == 0 ? CellText.Empty : string.Join("; ", i.RejectedByReason.Select(r => $"{r.Key.Replace('_', ' ')}: {Count(r.Value)}")),
            i.Balances ? "yes" : "no"])]);

    /// <summary>The study's levels: areas, coordinate system, repairs and how each was built from the one below.</summary>
    public static TableView Levels(RunSummary summary) => new(
        "Geographic levels",
        Source,
        ["Level", "Areas", "Boundaries' coordinate system", "Polygons repaired", "Built from the level below by"],
        [.. summary.Levels.Select(l => (IReadOnlyList<string>)[
            l.Name, Count(l.Areas), l.CoordinateSystem ?? CellText.Empty, l.RepairedGeometries is { } repaired ? Count(repaired) : CellText.Empty,
            l.RollupMethod is { } method ? $"{method}{(l.RollupCheck is { } check ? $" (agrees with {check.ComparedWith} for {check.Agreed} of {check.Compared})" : "")}" : CellText.Empty])]);

    /// <summary>The files in which counts were withheld, and how many, primary and complementary.</summary>
    public static TableView? Withheld(RunSummary summary) => summary.Suppression is { } suppression
        ? new(
            "Counts withheld, by file",
            Source,
            ["File", "Counts published", "Withheld (small)", "Withheld (protecting another)"],
            [.. suppression.Files.Where(f => f.Primary + f.Complementary > 0).Select(f => (IReadOnlyList<string>)[f.File, Count(f.Counts), Count(f.Primary), Count(f.Complementary)])])
        : null;

    private static string Count(long value) => CellText.Of(value.ToString(CultureInfo.InvariantCulture), CellKind.Count);
}
