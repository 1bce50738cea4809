using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Studies;
using Npgsql;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>
/// The demo town (<c>data/</c>) loaded into schema <c>demo</c> of the test database the way an analyst would
/// load it: boundaries from the GeoJSON files, police.uk and force-extract CSVs with PostgreSQL's own
/// <c>COPY ... (FORMAT csv)</c>. Column names differ from the files on purpose (snake case, one table in upper
/// case) and the force extract keeps its coordinates as text, faults included.
/// </summary>
internal static class DemoTables
{
    public static string DataFolder => Path.Combine(RepositoryFolder.Path, "data");

    public static string StudyPath => Path.Combine(DataFolder, "demo-study.yaml");

    /// <summary>Loads the demo tables into the cluster, the first time only.</summary>
    public static void EnsureLoaded(PostGisCluster cluster) => cluster.Prepare("demo", Load);

    /// <summary>The demo study with its levels and point inputs read from the database, joined by <paramref name="join"/>.</summary>
    public static StudyDefinition Study(PostGisCluster cluster, PointJoin join)
    {
        EnsureLoaded(cluster);
        var file = StudyFile.Load(StudyPath);
        var study = file with
        {
            Database = new DatabaseDefinition { Connection = cluster.ConnectionString },
            Levels =
            [
                FromDatabase(file.Levels[0], table: "demo.lsoa"),
                FromDatabase(file.Levels[1], query: "SELECT ward_code AS code, ward_name AS name, geom FROM demo.wards") with { CodeField = null, NameField = null },
                FromDatabase(file.Levels[2], table: "demo.authority"),
            ],
            Inputs =
            [
                .. file.Inputs.Take(2).Zip(["demo.street_crime", "demo.force_extract"], (input, table) => input with { Files = [], Table = table, KeyColumn = "id", Join = join }),
                .. file.Inputs.Skip(2),
            ],
        };

        StudyFile.Validate(study);
        return study;
    }

    private static LevelDefinition FromDatabase(LevelDefinition level, string? table = null, string? query = null) =>
        level with { Boundaries = [], Table = table, Query = query };

    private static void Load(NpgsqlConnection connection)
    {
        PostGisCluster.Execute(connection, "CREATE SCHEMA demo");
        LoadBoundaries(connection, "demo.lsoa (lsoa_code text, lsoa_name text, geom geometry(Geometry, 27700))", "lsoa.geojson", "LSOA_CODE", "LSOA_NAME");
        LoadBoundaries(connection, "demo.wards (ward_code text, ward_name text, geom geometry(Geometry, 27700))", "wards.geojson", "WARD_CODE", "WARD_NAME");
        LoadBoundaries(connection, "demo.authority (\"LAD_CODE\" text, \"LAD_NAME\" text, geom geometry(Geometry, 27700))", "authority.geojson", "LAD_CODE", "LAD_NAME");

        const string policeColumns = "crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name, crime_type, last_outcome_category, context";
        PostGisCluster.Execute(connection, "CREATE TABLE demo.street_crime (id bigserial, crime_id text, month text, reported_by text, falls_within text, longitude double precision, latitude double precision, location text, lsoa_code text, lsoa_name text, crime_type text, last_outcome_category text, context text)");
        foreach (var file in Directory.GetFiles(Path.Combine(DataFolder, "incidents"), "*-saltmere-street.csv").Order(StringComparer.Ordinal))
        {
            Copy(connection, $"demo.street_crime ({policeColumns})", file);
        }

        PostGisCluster.Execute(connection, "CREATE TABLE demo.force_extract (id bigserial, incident_ref text, date date, easting text, northing text, offence_group text, da_flag text)");
        Copy(connection, "demo.force_extract (incident_ref, date, easting, northing, offence_group, da_flag)", Path.Combine(DataFolder, "incidents", "force_extract_da.csv"));
    }

    private static void LoadBoundaries(NpgsqlConnection connection, string table, string file, string codeField, string nameField)
    {
        PostGisCluster.Execute(connection, $"CREATE TABLE {table}");
        var layer = BoundaryReader.Read(Path.Combine(DataFolder, "boundaries", file), new BoundaryReadOptions { CodeField = codeField, NameField = nameField });
        foreach (var area in layer.Areas)
        {
            using var insert = new NpgsqlCommand($"INSERT INTO {table[..table.IndexOf(' ', StringComparison.Ordinal)]} VALUES ($1, $2, $3)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = area.Code });
            insert.Parameters.Add(new NpgsqlParameter { Value = area.Name });
            insert.Parameters.Add(new NpgsqlParameter { Value = area.Geometry });
            insert.ExecuteNonQuery();
        }

        PostGisCluster.Execute(connection, $"CREATE INDEX ON {table[..table.IndexOf(' ', StringComparison.Ordinal)]} USING gist (geom)");
    }

    private static void Copy(NpgsqlConnection connection, string table, string file)
    {
        using var writer = connection.BeginTextImport($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)");
        writer.Write(File.ReadAllText(file));
    }
}
