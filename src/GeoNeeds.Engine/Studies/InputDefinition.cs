using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>An input of events counted by area.</summary>
public sealed class InputDefinition
{
    [Description("The input's name, used by indicators and in the run summary.")]
    public string Name { get; set; } = "";

    [Description("points (rows with coordinates, the default) or referrals (rows with a postcode).")]
    public InputType Type { get; set; } = InputType.Points;

    [Description("Files or wildcard patterns (data/incidents/*-street.csv).")]
    public List<string> Files { get; set; } = [];

    [Description("Points: a database table (schema.table) of the rows, instead of files.")]
    public string? Table { get; set; }

    [Description("Points: a database query returning the rows, instead of files.")]
    public string? Query { get; set; }

    [Description("Points from a database: a column ordering the rows, whose numbers then name rejected rows.")]
    public string? KeyColumn { get; set; }

    [Description("Points: police-uk (the published street-level layout, the default) or columns (see columns).")]
    public PointFormat Format { get; set; } = PointFormat.PoliceUk;

    [Description("Points with format: columns: the column mapping.")]
    public ColumnsDefinition? Columns { get; set; }

    [Description("Points: spatial (point in polygon, the default), area-code (the rows' own area code column) or database (point in polygon inside PostGIS).")]
    public PointJoin Join { get; set; } = PointJoin.Spatial;

    [Description("Which rows count: the domestic-abuse selection by crime type and/or flag column.")]
    public SelectionDefinition? Select { get; set; }

    [Description("Referrals: the postcode column (default postcode).")]
    public string PostcodeColumn { get; set; } = "postcode";

    [Description("Referrals: a date or month column (yyyy-MM-dd or yyyy-MM) for monthly counts.")]
    public string? MonthColumn { get; set; }

    [Description("Referrals: a column to break counts down by (e.g. risk_level).")]
    public string? CategoryColumn { get; set; }

    [Description("The least share of located rows that must fall in an area, 0 to 1 (default 0.5); below it the run warns, and fails under --strict.")]
    public double MinMatchShare { get; set; } = Accounting.MatchShare.DefaultMinimum;
}
