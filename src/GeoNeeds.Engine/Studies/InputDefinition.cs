using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>An input of events counted by area.</summary>
public sealed record InputDefinition
{
    [Description("The input's name, used by indicators and in the run summary.")]
    public string Name { get; init; } = "";

    [Description("points (rows with coordinates, the default) or referrals (rows with a postcode).")]
    public InputType Type { get; init; } = InputType.Points;

    [Description("Files or wildcard patterns (data/incidents/*-street.csv).")]
    public List<string> Files { get; init; } = [];

    [Description("Points: a database table (schema.table) of the rows, instead of files.")]
    public string? Table { get; init; }

    [Description("Points: a database query returning the rows, instead of files.")]
    public string? Query { get; init; }

    [Description("Points from a database: a column ordering the rows, whose numbers then name rejected rows.")]
    public string? KeyColumn { get; init; }

    [Description("Points: police-uk (the published street-level layout, the default) or columns (see columns).")]
    public PointFormat Format { get; init; } = PointFormat.PoliceUk;

    [Description("Points with format: columns: the column mapping.")]
    public ColumnsDefinition? Columns { get; init; }

    [Description("Points: spatial (point in polygon, the default), area-code (the rows' own area code column) or database (point in polygon inside PostGIS).")]
    public PointJoin Join { get; init; } = PointJoin.Spatial;

    [Description("Which rows count: the domestic-abuse selection by crime type and/or flag column.")]
    public SelectionDefinition? Select { get; init; }

    [Description("Referrals: the postcode column (default postcode).")]
    public string PostcodeColumn { get; init; } = "postcode";

    [Description("Referrals: a date or month column (yyyy-MM-dd or yyyy-MM) for monthly counts.")]
    public string? MonthColumn { get; init; }

    [Description("Referrals: a column to break counts down by (e.g. risk_level).")]
    public string? CategoryColumn { get; init; }

    [Description("The least share of located rows that must fall in an area, 0 to 1 (default 0.5); below it the run warns, and fails under --strict.")]
    public double MinMatchShare { get; init; } = Accounting.MatchShare.DefaultMinimum;
}
