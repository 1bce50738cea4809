using GeoNeeds.Engine.Io;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// A PostgreSQL database with PostGIS that a study reads boundaries and points from and writes results to.
/// Geometries travel as NetTopologySuite geometries (Npgsql.NetTopologySuite).
/// </summary>
/// <remarks>
/// Connection strings are Npgsql's (<c>Host=...;Database=...;Username=...</c>; a folder as the host means a
/// Unix socket). Messages never repeat the connection string, which may hold a password.
/// </remarks>
public sealed class PostGisDatabase : IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private PostGisDatabase(NpgsqlDataSource dataSource, string name)
    {
        _dataSource = dataSource;
        Name = name;
    }

    /// <summary>How messages name the database, e.g. the study-file key it came from.</summary>
    public string Name { get; }

    /// <summary>A database for <paramref name="connectionString"/>; nothing is opened until the first read or write.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="name">How messages name the database (never the connection string itself).</param>
    /// <exception cref="InputDataException">The connection string is malformed.</exception>
    public static PostGisDatabase Open(string connectionString, string name = "database")
    {
        try
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.UseNetTopologySuite();
            return new PostGisDatabase(builder.Build(), name);
        }
        catch (ArgumentException e)
        {
            throw new InputDataException(name, 0, "connection", $"the connection string is not valid: {e.Message}");
        }
    }

    public void Dispose() => _dataSource.Dispose();

    /// <summary>An open connection; the caller disposes it.</summary>
    /// <exception cref="InputDataException">The database cannot be reached or refuses the login.</exception>
    internal NpgsqlConnection Connect()
    {
        try
        {
            return _dataSource.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            throw new InputDataException(Name, 0, "connection", $"cannot connect to the database: {e.Message}");
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/>, turning a database's refusal (an unknown table, a syntax error in a query)
    /// into an <see cref="InputDataException"/> that names <paramref name="source"/>.
    /// </summary>
    internal static T Answering<T>(string source, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (PostgresException e)
        {
            throw new InputDataException(source, 0, "", $"the database refused the request: {e.MessageText}");
        }
    }
}
