namespace GeoNeeds.Engine.Studies;

/// <summary>An input of events counted by area.</summary>
public sealed class InputDefinition
{
    /// <summary>The input's name, used by indicators and in the run summary.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>points</c> (rows with coordinates) or <c>referrals</c> (rows with a postcode).</summary>
    public string Type { get; set; } = "points";

    /// <summary>Files or wildcard patterns (<c>data/incidents/*-street.csv</c>).</summary>
    public List<string> Files { get; set; } = [];

    /// <summary>Points: a database table (<c>schema.table</c>) of the rows, instead of files.</summary>
    public string? Table { get; set; }

    /// <summary>Points: a database query returning the rows, instead of files.</summary>
    public string? Query { get; set; }

    /// <summary>Points from a database: a column ordering the rows, whose numbers then name rejected rows.</summary>
    public string? KeyColumn { get; set; }

    /// <summary>Points: <c>police-uk</c> (the published street-level layout) or <c>columns</c> (see <see cref="Columns"/>).</summary>
    public string Format { get; set; } = "police-uk";

    /// <summary>Points with <c>format: columns</c>: the column mapping.</summary>
    public ColumnsDefinition? Columns { get; set; }

    /// <summary>
    /// Points: <c>spatial</c> (point in polygon), <c>area-code</c> (the file's own area code column) or
    /// <c>database</c> (point in polygon inside PostGIS, for points and first-level boundaries both in the database).
    /// </summary>
    public string Join { get; set; } = "spatial";

    /// <summary>Which rows count: the domestic-abuse selection.</summary>
    public SelectionDefinition? Select { get; set; }

    /// <summary>Referrals: the postcode column.</summary>
    public string PostcodeColumn { get; set; } = "postcode";

    /// <summary>Referrals: a date or month column (yyyy-MM-dd or yyyy-MM) for monthly counts.</summary>
    public string? MonthColumn { get; set; }

    /// <summary>Referrals: a column to break counts down by (e.g. risk_level).</summary>
    public string? CategoryColumn { get; set; }
}
