namespace GeoNeeds.Engine.Database;

/// <summary>
/// Where rows come from in a database: a table (<c>police.street_crime</c>) or a query
/// (<c>SELECT ... FROM ... WHERE force = 'Saltmere'</c>), with how messages and reports name it.
/// </summary>
public sealed record DatabaseSource
{
    private DatabaseSource(string label, string from)
    {
        Label = label;
        From = from;
    }

    /// <summary>How messages and <c>rejections.csv</c> name the source: <c>table police.street_crime</c>, <c>query inputs.incidents</c>.</summary>
    public string Label { get; }

    /// <summary>
    /// A column that orders the rows; rows are numbered 1, 2, ... in that order and rejections name those
    /// numbers. Without one, rows are numbered in the order the database returns them.
    /// </summary>
    public string? KeyColumn { get; init; }

    /// <summary>The geometry column of an area source; <c>null</c> takes the source's only geometry column.</summary>
    public string? GeometryColumn { get; init; }

    /// <summary>The source as it stands after <c>FROM</c>, aliased <c>source</c>.</summary>
    internal string From { get; }

    /// <summary>A table or view, <c>schema.table</c> or <c>table</c>, named exactly as stored (names are case-sensitive).</summary>
    public static DatabaseSource Table(string name) => new($"table {name}", $"{SqlName.QuoteQualified(name)} AS source");

    /// <summary>A query whose result is the source; a trailing semicolon is dropped.</summary>
    /// <param name="sql">A <c>SELECT</c> (or <c>WITH ... SELECT</c>) statement.</param>
    /// <param name="label">Where the query was written, e.g. <c>inputs.incidents</c>.</param>
    public static DatabaseSource Query(string sql, string label) => new($"query {label}", $"({sql.Trim().TrimEnd(';').TrimEnd()}) AS source");

    public override string ToString() => Label;
}
