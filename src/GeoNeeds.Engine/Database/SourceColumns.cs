using GeoNeeds.Engine.Io;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// The columns of a <see cref="DatabaseSource"/>, read once without fetching rows, so that a missing column is
/// reported up front with the columns there are, as the file readers report a missing CSV column.
/// </summary>
/// <remarks>
/// A name matches a column spelled exactly so, else ignoring letter case and treating spaces and underscores
/// alike: police.uk's <c>Crime type</c> finds a column <c>crime_type</c>.
/// </remarks>
internal sealed class SourceColumns
{
    private static readonly string[] NumericTypes = ["smallint", "integer", "bigint", "real", "double precision"];

    private readonly IReadOnlyList<(string Name, string Type)> _columns;

    private SourceColumns(DatabaseSource source, IReadOnlyList<(string Name, string Type)> columns)
    {
        Source = source;
        _columns = columns;
    }

    public DatabaseSource Source { get; }

    /// <summary>Every column name, in order.</summary>
    public IEnumerable<string> Names => _columns.Select(c => c.Name);

    /// <exception cref="InputDataException">The table does not exist or the query is not valid.</exception>
    public static SourceColumns Of(NpgsqlConnection connection, DatabaseSource source) => PostGisDatabase.Answering(source.Label, () =>
    {
        using var command = new NpgsqlCommand($"SELECT * FROM {source.From} LIMIT 0", connection);
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetDataTypeName(i))).ToList();
        return new SourceColumns(source, columns);
    });

    /// <summary>The actual name of the column called <paramref name="wanted"/>.</summary>
    /// <exception cref="InputDataException">No column matches, or several do.</exception>
    public string Require(string wanted, string role) =>
        Match(wanted) ?? throw new InputDataException(Source.Label, 0, wanted, $"has no {role} column '{wanted}'; its columns are: {Listed()}.");

    /// <summary>The actual name of the column called <paramref name="wanted"/>, or <c>null</c> when there is none.</summary>
    /// <exception cref="InputDataException">Several columns match once case, spaces and underscores are ignored.</exception>
    public string? Match(string wanted)
    {
        var exact = _columns.Where(c => c.Name == wanted).Select(c => c.Name).FirstOrDefault();
        if (exact is not null)
        {
            return exact;
        }

        var loose = _columns.Where(c => Loosely(c.Name) == Loosely(wanted)).Select(c => c.Name).ToList();
        return loose.Count <= 1
            ? loose.SingleOrDefault()
            : throw new InputDataException(Source.Label, 0, wanted, $"'{wanted}' matches more than one column ({string.Join(", ", loose)}); name one exactly.");
    }

    /// <summary>Whether the column called <paramref name="name"/> holds numbers (integer, numeric or floating point) rather than text.</summary>
    public bool IsNumeric(string name) =>
        _columns.FirstOrDefault(c => c.Name == name).Type is { } type
        && (NumericTypes.Contains(type) || type.StartsWith("numeric", StringComparison.Ordinal));

    /// <summary>Whether the column called <paramref name="name"/> holds dates or timestamps rather than text.</summary>
    public bool IsDateTime(string name) =>
        _columns.FirstOrDefault(c => c.Name == name).Type is { } type
        && (type == "date" || type.StartsWith("timestamp", StringComparison.Ordinal));

    /// <summary>The actual name of the geometry column: <paramref name="named"/>, or else the only one there is.</summary>
    /// <exception cref="InputDataException">The named column is absent, or there is no or more than one geometry column to choose from.</exception>
    public string Geometry(string? named)
    {
        if (named is not null)
        {
            return Require(named, "geometry");
        }

        var geometries = _columns.Where(c => c.Type.EndsWith("geometry", StringComparison.Ordinal)).Select(c => c.Name).ToList();
        return geometries.Count == 1
            ? geometries[0]
            : throw new InputDataException(Source.Label, 0, "geometry_column", geometries.Count == 0
                ? $"has no PostGIS geometry column; its columns are: {Listed()}."
                : $"has several geometry columns ({string.Join(", ", geometries)}); name one as geometry_column.");
    }

    private string Listed() => _columns.Count == 0 ? "(none)" : string.Join(", ", _columns.Select(c => c.Name));

    private static string Loosely(string name) => name.Trim().Replace(' ', '_').ToLowerInvariant();
}
