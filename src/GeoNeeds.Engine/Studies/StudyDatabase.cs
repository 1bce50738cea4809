using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>The study's side of the PostGIS backend: which levels and inputs come from the database, and the results written back.</summary>
internal static class StudyDatabase
{
    public static bool Holds(LevelDefinition level) => level.Table is not null || level.Query is not null;

    public static bool Holds(InputDefinition input) => input.Table is not null || input.Query is not null;

    /// <summary>The connection string, from the study file or the environment variable it names; <c>null</c> when that is unset.</summary>
    public static string? ConnectionString(DatabaseDefinition database) =>
        database.Connection ?? (Environment.GetEnvironmentVariable(database.ConnectionEnv ?? "") is { Length: > 0 } fromEnvironment ? fromEnvironment : null);

    /// <summary>The study's database; messages name it as <c>study.yaml:database</c>.</summary>
    public static PostGisDatabase Open(StudyDefinition study) =>
        PostGisDatabase.Open(ConnectionString(study.Database!)!, $"{study.SourcePath}:database");

    public static DatabaseSource SourceOf(LevelDefinition level)
    {
        var source = level.Table is { } table ? DatabaseSource.Table(table) : DatabaseSource.Query(level.Query!, $"levels.{level.Name}");
        return source with { GeometryColumn = level.GeometryColumn };
    }

    public static DatabaseSource SourceOf(InputDefinition input)
    {
        var source = input.Table is { } table ? DatabaseSource.Table(table) : DatabaseSource.Query(input.Query!, $"inputs.{input.Name}");
        return source with { KeyColumn = input.KeyColumn };
    }

    /// <summary>Writes every level table, with its boundaries, to <c>output.database_schema</c>; returns what was written.</summary>
    public static IEnumerable<string> WriteResults(StudyResult result)
    {
        var study = result.Definition;
        var tables = result.Levels.Zip(result.Tables, (level, table) => new ResultTable(
            level.Name,
            AreaRowColumns.Typed(table.Rows[0], table, study, result.Disclosure).Select(c => c.Key).ToList(),
            table.Rows.Select(r => (IReadOnlyList<object?>)AreaRowColumns.Typed(r, table, study, result.Disclosure).Select(c => c.Value).ToList()).ToList())
        {
            Geometries = level.Layer is { } layer ? table.Rows.Select(r => layer.Find(r.Code)!.Geometry).ToList() : null,
            Comment = $"{study.Title}: {level.Name} table written by GeoNeeds. {Suppression(study.Output.SuppressBelow)} {RateEstimate.Source}",
        }).ToList();
        using var database = Open(study);
        return DatabaseResultWriter.Write(database, study.Output.DatabaseSchema!, tables).Select(t => $"postgis:{t}").ToList();
    }

    private static string Suppression(int below) => below > 1 ? $"Counts from 1 to {below - 1} are suppressed (null)." : "No counts are suppressed.";
}
