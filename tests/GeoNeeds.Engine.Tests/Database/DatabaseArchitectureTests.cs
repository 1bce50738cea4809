namespace GeoNeeds.Engine.Tests.Database;

public class DatabaseArchitectureTests
{
    [Fact]
    public void EngineSources_OnlyTheDatabaseFolderImportsNpgsql()
    {
        // Project rule: the engine's core stays free of database concerns; PostgreSQL is reached only through Database/.
        var engine = Path.Combine(RepositoryFolder.Path, "src", "GeoNeeds.Engine");
        var database = Path.Combine(engine, "Database") + Path.DirectorySeparatorChar;

        var outside = Directory.GetFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(database, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => line.StartsWith("using Npgsql", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(engine, f))
            .ToList();

        Assert.Empty(outside);
        Assert.NotEmpty(Directory.GetFiles(database, "*.cs"));
    }
}
