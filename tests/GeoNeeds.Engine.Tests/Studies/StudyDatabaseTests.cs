using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>The study-file keys of the PostGIS backend and their checks; no database is needed for these.</summary>
public class StudyDatabaseTests
{
    private const string DatabaseStudy = """
        database: { connection: "Host=/tmp/nowhere;Database=geoneeds" }
        levels:
          - { name: lsoa, table: boundaries.lsoa11, code_field: lsoa11cd }
          - { name: ward, query: "SELECT wd19cd AS code, wd19nm AS name, geom FROM boundaries.wards", geometry_column: geom }
        inputs:
          - { name: incidents, table: police.street_crime, key_column: id, join: database }
        indicators: [{ name: incidents, input: incidents }]
        output: { database_schema: needs_assessment }
        """;

    // Beside the study: a placeholder lsoa.geojson for studies that name boundary files (only its existence is checked).
    private static string Write(string yaml)
    {
        var folder = TestFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "lsoa.geojson"), "{}");
        var path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static InputDataException LoadFails(string yaml)
    {
        var path = Write(yaml);
        var error = Assert.Throws<InputDataException>(() => StudyFile.Load(path));
        Assert.StartsWith($"{path}:", error.Message);
        return error;
    }

    [Fact]
    public void Load_DatabaseKeys_FillTheDefinition()
    {
        var study = StudyFile.Load(Write(DatabaseStudy));

        Assert.Equal("Host=/tmp/nowhere;Database=geoneeds", study.Database!.Connection);
        Assert.Equal(("boundaries.lsoa11", "lsoa11cd"), (study.Levels[0].Table, study.Levels[0].CodeField));
        Assert.Equal(("SELECT wd19cd AS code, wd19nm AS name, geom FROM boundaries.wards", "geom"), (study.Levels[1].Query, study.Levels[1].GeometryColumn));
        Assert.Equal(("police.street_crime", "id", PointJoin.Database), (study.Inputs[0].Table, study.Inputs[0].KeyColumn, study.Inputs[0].Join));
        Assert.Equal("needs_assessment", study.Output.DatabaseSchema);
    }

    [Fact]
    public void Load_ConnectionFromEnvironmentVariable_Accepted()
    {
        const string variable = "GEONEEDS_TEST_DATABASE_SET";
        Environment.SetEnvironmentVariable(variable, "Host=/tmp/nowhere");

        var study = StudyFile.Load(Write(DatabaseStudy.Replace("connection: \"Host=/tmp/nowhere;Database=geoneeds\"", $"connection_env: {variable}", StringComparison.Ordinal)));

        Assert.Equal(variable, study.Database!.ConnectionEnv);
    }

    [Fact]
    public void Load_ConnectionEnvironmentVariableUnset_SaysWhichToSet()
    {
        var error = LoadFails(DatabaseStudy.Replace("connection: \"Host=/tmp/nowhere;Database=geoneeds\"", "connection_env: GEONEEDS_TEST_DATABASE_UNSET", StringComparison.Ordinal));

        Assert.EndsWith(": database.connection_env: the environment variable GEONEEDS_TEST_DATABASE_UNSET is not set; set it to the connection string (e.g. Host=...;Database=...;Username=...)", error.Message);
    }

    [Fact]
    public void Load_ConnectionAndEnvironmentVariable_AsksForOne()
    {
        var error = LoadFails(DatabaseStudy.Replace("connection: ", "connection_env: X, connection: ", StringComparison.Ordinal));

        Assert.EndsWith(": database: give either connection (a connection string) or connection_env (the environment variable holding one)", error.Message);
    }

    [Fact]
    public void Load_TableWithoutDatabase_AsksForTheConnection()
    {
        var error = LoadFails(DatabaseStudy.Replace("database: { connection: \"Host=/tmp/nowhere;Database=geoneeds\" }\n", "", StringComparison.Ordinal));

        // The ward query, the input and the output schema need the database too: the one message says so and points to validate.
        Assert.EndsWith(": levels.lsoa.table: the study needs a database: { connection: ... } or { connection_env: VARIABLE } to read or write tables"
            + " (and 3 more: geoneeds validate lists them all)", error.Message);
    }

    [Fact]
    public void Load_BoundariesAndTable_AsksForOne()
    {
        var error = LoadFails(DatabaseStudy.Replace("table: boundaries.lsoa11,", "table: boundaries.lsoa11, boundaries: lsoa.geojson,", StringComparison.Ordinal));

        Assert.EndsWith(": levels.lsoa: give the boundaries once: boundaries (files), table or query", error.Message);
    }

    [Fact]
    public void Load_PushedDownJoinWithBoundaryFiles_NeedsBothInTheDatabase()
    {
        var error = LoadFails(DatabaseStudy.Replace("table: boundaries.lsoa11,", "boundaries: lsoa.geojson,", StringComparison.Ordinal));

        Assert.EndsWith(": inputs.incidents.join: join 'database' counts inside PostGIS, so both the input and the first level's boundaries must come from the database (table or query)", error.Message);
    }

    [Fact]
    public void Load_KeyColumnOnFiles_SaysItIsForDatabaseRows()
    {
        var error = LoadFails("levels: [{ name: lsoa, boundaries: lsoa.geojson }]\ninputs: [{ name: incidents, files: lsoa.geojson, key_column: id }]\n");

        Assert.EndsWith(": inputs.incidents.key_column: key_column orders the rows of a database table or query; rows of files are named by their lines", error.Message);
    }

    [Fact]
    public void Load_ReferralsFromTable_Refused()
    {
        var error = LoadFails(DatabaseStudy.Replace("key_column: id, join: database", "type: referrals", StringComparison.Ordinal));

        Assert.EndsWith(": inputs.incidents.type: only points can be read from a database table or query; referrals are read from files", error.Message);
    }

    [Fact]
    public void Load_DatabaseSchemaWithoutDatabase_AsksForTheConnection()
    {
        var error = LoadFails("levels: [{ name: lsoa, boundaries: lsoa.geojson }]\noutput: { database_schema: results }\n");

        Assert.EndsWith(": output.database_schema: the study needs a database: { connection: ... } or { connection_env: VARIABLE } to read or write tables", error.Message);
    }
}
