using GeoNeeds.Engine.Database;
using Npgsql;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>
/// A throwaway PostgreSQL cluster with PostGIS, started once per test run from Debian's packages on a Unix socket
/// in a temporary folder (no TCP port), and removed at the end. As root, the server runs as the packages'
/// <c>postgres</c> user. Tests skip with a message only when the packages are not installed
/// (<c>apt-get install postgresql postgis</c>; <c>.ci/run</c> installs them); a cluster that is installed but
/// does not start fails the tests.
/// </summary>
public sealed class PostGisCluster : IDisposable
{
    private const string User = "geoneeds";
    private readonly string? _bin;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"geoneeds-pg-{Guid.NewGuid():N}");
    private readonly HashSet<string> _prepared = [];
    private readonly NpgsqlDataSource? _setup;

    public PostGisCluster()
    {
        _bin = InstalledBin();
        if (_bin is null)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        if (AsRoot)
        {
            Run("chown", "postgres", _folder);
        }

        Server("initdb", "-D", DataFolder, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Server("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-c listen_addresses= -c unix_socket_directories={_folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=off");
        using (var connection = new NpgsqlConnection(ConnectionStringFor("postgres")))
        {
            connection.Open();
            Execute(connection, "CREATE DATABASE geoneeds");
        }

        using (var database = new NpgsqlConnection(ConnectionString))
        {
            database.Open();
            Execute(database, "CREATE EXTENSION postgis");
        }

        var builder = new NpgsqlDataSourceBuilder(ConnectionString);
        builder.UseNetTopologySuite();
        _setup = builder.Build();
    }

    /// <summary>The Npgsql connection string of the test database (trust authentication on the socket, no password).</summary>
    public string ConnectionString => ConnectionStringFor("geoneeds");

    private static bool AsRoot => Environment.UserName == "root";

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The test database; skips the test when PostgreSQL or PostGIS is not installed.</summary>
    public PostGisDatabase Open()
    {
        RequireInstalled();
        return PostGisDatabase.Open(ConnectionString, "test database");
    }

    /// <summary>An open connection with NetTopologySuite geometries, for tests to set up tables; skips as <see cref="Open"/>.</summary>
    public NpgsqlConnection Connect()
    {
        RequireInstalled();
        return _setup!.OpenConnection();
    }

    /// <summary>Runs <paramref name="prepare"/> the first time <paramref name="name"/> is asked for in this run.</summary>
    public void Prepare(string name, Action<NpgsqlConnection> prepare)
    {
        using var connection = Connect();
        lock (_prepared)
        {
            if (_prepared.Add(name))
            {
                prepare(connection);
            }
        }
    }

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_bin is null)
        {
            return;
        }

        _setup!.Dispose();
        Server("pg_ctl", "-D", DataFolder, "-m", "immediate", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private void RequireInstalled() =>
        Skip.If(_bin is null, "PostgreSQL with PostGIS is not installed (Debian: apt-get install postgresql postgis; .ci/run installs them), so the PostGIS backend is not tested here.");

    private string ConnectionStringFor(string database) => $"Host={_folder};Username={User};Database={database};Pooling=false";

    // The newest Debian server whose version also has the PostGIS extension.
    private static string? InstalledBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")) && File.Exists($"/usr/share/postgresql/{Path.GetFileName(d)}/extension/postgis.control"))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;

    private void Server(string program, params string[] args)
    {
        var path = Path.Combine(_bin!, program);
        if (AsRoot)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private void Run(string program, params string[] args)
    {
        var (exitCode, output, errors) = ExternalProgram.Run(program, _folder, args);
        if (exitCode != 0)
        {
            var log = Path.Combine(_folder, "server.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({exitCode}): {output}{errors}{(File.Exists(log) ? File.ReadAllText(log) : "")}");
        }
    }
}

/// <summary>The tests that share the one cluster; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostGisCollection : ICollectionFixture<PostGisCluster>
{
    public const string Name = "PostGIS";
}
