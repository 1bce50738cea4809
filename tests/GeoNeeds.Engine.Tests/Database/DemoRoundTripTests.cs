using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Studies;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>
/// The demo study run from PostGIS tables gives exactly the results of the same study run from the files:
/// expected values are the file-based run's, compared for equality (no tolerance) area by area at every level.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DemoRoundTripTests(PostGisCluster cluster)
{
    private static readonly Lazy<StudyResult> FromFiles = new(() => Study.Run(StudyFile.Load(DemoTables.StudyPath)));

    [SkippableTheory]
    [InlineData(PointJoin.Spatial)]
    [InlineData(PointJoin.Database)]
    public void Run_FromDatabase_EveryLevelTableEqualsTheFileRun(PointJoin join)
    {
        var fromDatabase = Study.Run(DemoTables.Study(cluster, join));

        Assert.Equal(FromFiles.Value.Tables.Select(t => t.Level), fromDatabase.Tables.Select(t => t.Level));
        foreach (var (expected, actual) in FromFiles.Value.Tables.Zip(fromDatabase.Tables, (e, a) => (e, a)))
        {
            Assert.Equal(expected.Level, actual.Level);
            Assert.Equal(Columns(FromFiles.Value, expected), Columns(fromDatabase, actual));
        }
    }

    [SkippableTheory]
    [InlineData(PointJoin.Spatial)]
    [InlineData(PointJoin.Database)]
    public void Run_FromDatabase_EveryInputAccountAndMonthlyCountEqualsTheFileRun(PointJoin join)
    {
        var fromDatabase = Study.Run(DemoTables.Study(cluster, join));

        Assert.Equal(FromFiles.Value.Inputs.Count, fromDatabase.Inputs.Count);
        foreach (var (expected, actual) in FromFiles.Value.Inputs.Zip(fromDatabase.Inputs, (e, a) => (e, a)))
        {
            Assert.Equal((expected.Account.Read, expected.Account.Matched), (actual.Account.Read, actual.Account.Matched));
            Assert.Equal(expected.Account.RejectedByReason, actual.Account.RejectedByReason);
            Assert.Equal(expected.Counts.Cells, actual.Counts.Cells);
            Assert.Equal(expected.Agreement?.Compared, actual.Agreement?.Compared);
            Assert.Equal(expected.Agreement?.CountAgreement, actual.Agreement?.CountAgreement);
        }
    }

    [SkippableFact]
    public void Run_ReadmeExample_PoliceIncidentsAsInTheFileRun()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));
        var section = readme[readme.IndexOf("## PostGIS backend", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var study = StudyFile.Parse(section[start..section.IndexOf("```", start, StringComparison.Ordinal)], "README.md") with { BaseFolder = DemoTables.DataFolder };
        DemoTables.EnsureLoaded(cluster);
        Environment.SetEnvironmentVariable(study.Database!.ConnectionEnv!, cluster.ConnectionString);
        StudyFile.Validate(study);

        var result = Study.Run(study);

        Assert.Equal(FromFiles.Value.Tables.Select(t => t.Level), result.Tables.Select(t => t.Level));
        foreach (var (expected, actual) in FromFiles.Value.Tables.Zip(result.Tables, (e, a) => (e, a)))
        {
            Assert.Equal(expected.Rows.Select(r => (r.Code, r.Indicators[0].Count, r.Indicators[0].Rate)), actual.Rows.Select(r => (r.Code, r.Indicators[0].Count, r.Indicators[0].Rate)));
        }
    }

    [SkippableFact]
    public void Write_DatabaseSchema_LevelTablesHoldTheFileRunsFiguresAndBoundaries()
    {
        var fromDatabase = DemoTables.Study(cluster, PointJoin.Database);
        var study = fromDatabase with { Output = fromDatabase.Output with { DatabaseSchema = "results" } };

        var summary = StudyOutputs.Write(Study.Run(study), TestFiles.NewFolder());

        Assert.Contains("postgis:results.lsoa", summary.Outputs);
        using var connection = cluster.Connect();
        var expected = FromFiles.Value;
        Assert.Equal(expected.Levels.Count, expected.Tables.Count);
        foreach (var (level, table) in expected.Levels.Zip(expected.Tables, (l, t) => (l, t)))
        {
            var stored = StoredRows(connection, $"results.{level.Name}");
            Assert.Equal(table.Rows.Select(r => AreaRowColumns.Typed(r, table, expected.Definition, expected.Disclosure).ToList()), stored.Select(r => r.Columns));
            Assert.All(stored, r => Assert.True(level.Layer!.Find(r.Code)!.Geometry.EqualsExact(r.Geometry), $"{level.Name} {r.Code}: stored boundary differs"));
        }
    }

    private static List<(string Code, List<KeyValuePair<string, object?>> Columns, Geometry Geometry)> StoredRows(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand($"SELECT * FROM {table} ORDER BY area_code COLLATE \"C\"", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, List<KeyValuePair<string, object?>>, Geometry)>();
        while (reader.Read())
        {
            var columns = Enumerable.Range(0, reader.FieldCount - 1)
                .Select(i => KeyValuePair.Create(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i)))
                .ToList();
            rows.Add((reader.GetString(0), columns, reader.GetFieldValue<Geometry>(reader.FieldCount - 1)));
        }

        return rows;
    }

    private static List<List<KeyValuePair<string, object?>>> Columns(StudyResult result, LevelTable table) =>
        table.Rows.Select(r => AreaRowColumns.Of(r, table, result.Definition, result.Disclosure).ToList()).ToList();
}
