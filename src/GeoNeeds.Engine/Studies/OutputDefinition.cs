using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>Where and how outputs are written.</summary>
public sealed record OutputDefinition
{
    [Description("Output folder (default out); the command line's --out overrides it.")]
    public string Folder { get; init; } = "out";

    [Description("Decimal places of GeoJSON coordinates, 0 to 15 (default 6, about 0.1 m).")]
    public int Decimals { get; init; } = 6;

    [Description("Counts from 1 up to this value minus one are suppressed (shown as *) with the rates built on them; 0 turns suppression off (default 5).")]
    public int SuppressBelow { get; init; } = Export.SmallCountSuppression.DefaultThreshold;

    [Description("Text in CSV outputs that starts with = + - @, tab or carriage return: neutralise (default) writes a leading ' so spreadsheets do not run it as a formula; keep writes it as read. Numbers are never changed.")]
    public Export.CsvFormulas CsvFormulas { get; init; } = Export.CsvFormulas.Neutralise;

    [Description("A database schema to write the level tables to, with their boundaries, besides the files.")]
    public string? DatabaseSchema { get; init; }
}
