using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>Where and how outputs are written.</summary>
public sealed record OutputDefinition
{
    [Description("Output folder (default out); the command line's --out overrides it.")]
    public string Folder { get; init; } = "out";

    [Description("Decimal places of GeoJSON, TopoJSON and GeoPackage coordinates (6 is about 0.1 m) and of every published non-whole number (rates, limits, expected figures), 0 to 15 (default 6).")]
    public int Decimals { get; init; } = 6;

    [Description("Counts from 1 up to this value minus one are suppressed (shown as *) with the rates built on them; 0 turns suppression off (default 5).")]
    public int SuppressBelow { get; init; } = Export.SmallCountSuppression.DefaultThreshold;

    [Description("Text in CSV outputs that starts with = + - @, tab or carriage return: neutralise (default) writes a leading ' so spreadsheets do not run it as a formula; keep writes it as read. Numbers are never changed.")]
    public Export.CsvFormulas CsvFormulas { get; init; } = Export.CsvFormulas.Neutralise;

    [Description("Write CSVs for Excel: a UTF-8 byte-order mark (so names such as Ynys Môn open right) and withheld counts left empty with a <column>_suppressed flag column after them instead of * (default false).")]
    public bool Excel { get; init; }

    [Description("Also write areas.gpkg: a GeoPackage with one table per level (boundaries and the level table's columns, withheld counts flagged), for QGIS and ArcGIS (default false).")]
    public bool Geopackage { get; init; }

    [Description("Also write web/<level>.topojson per level: TopoJSON with the boundaries two areas share stored once (default false).")]
    public bool Topojson { get; init; }

    [Description("Also write web/<level>.geojson per level: boundaries simplified together so neighbours still meet exactly, for web maps (default false).")]
    public bool SimplifiedGeojson { get; init; }

    [Description("Tolerance of simplified_geojson in metres: vertices making a triangle smaller than this squared are removed (default 20).")]
    public double SimplifyMetres { get; init; } = 20;

    [Description("Also write report.html: the study report, one printable self-contained page, as geoneeds report or assess --report do (default false).")]
    public bool Report { get; init; }

    [Description("A database schema to write the level tables to, with their boundaries, besides the files.")]
    public string? DatabaseSchema { get; init; }
}
