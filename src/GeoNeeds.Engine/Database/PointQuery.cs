using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using Npgsql;
using NpgsqlTypes;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// The SQL that numbers and selects the rows of a point source. Its columns are always
/// <c>line, selected, x, y, month, category, area_code</c> (text as stored, <c>null</c> when empty or absent),
/// then <c>x_number, y_number</c>: the coordinates as numbers where the database can read them plainly.
/// </summary>
/// <remarks>
/// The selection is decided here, in the database, for both joins: a value matches ignoring letter case and
/// surrounding spaces, as in point files (case is folded by the database's <c>upper</c>, which under the C
/// locale folds ASCII letters only). <c>x_number</c> is <c>null</c> for text that is not a plain decimal
/// (thousands separators, exponents, <c>NULL</c>): such rows are left to the row rules of the reader.
/// </remarks>
internal sealed class PointQuery
{
    private const string PlainDecimal = @"^\s*[-+]?[0-9]{1,15}(\.[0-9]*)?\s*$";
    private const string Trimmed = @"E' \t\r\n'";

    private PointQuery(string sql, NpgsqlParameter[] parameters)
    {
        Sql = sql;
        Parameters = parameters;
    }

    public string Sql { get; }

    /// <summary>The selection's values, for the one command that runs <see cref="Sql"/>.</summary>
    public NpgsqlParameter[] Parameters { get; }

    /// <exception cref="InputDataException">A column named by <paramref name="columns"/> or the selection is absent.</exception>
    public static PointQuery For(SourceColumns source, PointColumns columns, PointSelection? selection)
    {
        var x = source.Require(columns.X, "x");
        var y = source.Require(columns.Y, "y");
        var parameters = new List<NpgsqlParameter>();
        var selected = new List<string>();
        if (selection?.Categories is { } categories)
        {
            selected.Add(Matches(source.Require(columns.Category!, "category"), "categories", categories, parameters));
        }

        if (selection?.FlagColumn is { } flag)
        {
            selected.Add(Matches(source.Require(flag, "flag"), "flag_values", selection.FlagValues ?? PointSelection.DefaultFlagValues, parameters));
        }

        var order = source.Source.KeyColumn is { } key ? $"ORDER BY {SqlName.Quote(source.Require(key, "key"))}" : "";
        var sql = $"""
            SELECT row_number() OVER ({order}) AS line,
                   {(selected.Count == 0 ? "true" : string.Join(" AND ", selected))} AS selected,
                   {Text(x)} AS x, {Text(y)} AS y,
                   {Month(source, columns.Month)} AS month,
                   {Optional(source, columns.Category, "category")} AS category,
                   {Optional(source, columns.AreaCode, "area code")} AS area_code,
                   {Number(source, x)} AS x_number, {Number(source, y)} AS y_number
            FROM {source.Source.From}
            """;
        return new PointQuery(sql, [.. parameters]);
    }

    private static string Matches(string column, string name, IEnumerable<string> values, List<NpgsqlParameter> parameters)
    {
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = values.Select(v => v.Trim().ToUpperInvariant()).ToArray(),
        });
        return $"COALESCE(upper(btrim(CAST({SqlName.Quote(column)} AS text), {Trimmed})) = ANY(@{name}), false)";
    }

    private static string Text(string column) => $"NULLIF(btrim(CAST({SqlName.Quote(column)} AS text), {Trimmed}), '')";

    private static string Optional(SourceColumns source, string? column, string role) =>
        column is null ? "CAST(NULL AS text)" : Text(source.Require(column, role));

    // A date or timestamp column is read as its month by the server, so a timestamp with a time zone never
    // reaches the month check as text it cannot parse.
    private static string Month(SourceColumns source, string? column) =>
        column is not null && source.Require(column, "month") is var name && source.IsDateTime(name)
            ? $"to_char({SqlName.Quote(name)}, 'YYYY-MM')"
            : Optional(source, column, "month");

    private static string Number(SourceColumns source, string column) => source.IsNumeric(column)
        ? $"CAST({SqlName.Quote(column)} AS double precision)"
        : $"CASE WHEN CAST({SqlName.Quote(column)} AS text) ~ '{PlainDecimal}' THEN CAST(CAST({SqlName.Quote(column)} AS text) AS double precision) END";
}
