using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class StagedOutputFolderTests
{
    [Fact]
    public void Commit_MovesTheStagedFilesInAndSealsThemWithAManifest()
    {
        var target = Path.Combine(TestFiles.NewFolder(), "out");

        using (var staged = StagedOutputFolder.Begin("--out", target))
        {
            Write(staged.Staging, "lsoa.csv", "a");
            Write(staged.Staging, "maps/lsoa.png", "b");
            staged.Commit();
        }

        Assert.Equal(["lsoa.csv", "maps/lsoa.png", RunManifest.FileName], Listing(target));
        Assert.Empty(RunManifest.Check(target));
        Assert.Equal(["maps"], Directory.GetDirectories(target).Select(Path.GetFileName));
    }

    [Fact]
    public void Commit_KeepsTheUsersFilesAndRemovesOnlyPreviousOutputsNotWrittenAgain()
    {
        var target = TestFiles.NewFolder();
        Run(target, ("lsoa.csv", "old"), ("maps/lsoa.png", "old map"));
        Write(target, "notes.txt", "mine");

        Run(target, ("lsoa.csv", "new"));

        Assert.Equal(["lsoa.csv", "notes.txt", RunManifest.FileName], Listing(target));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "lsoa.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.False(Directory.Exists(Path.Combine(target, "maps")));
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesThePreviousCompleteOutputAsItWas()
    {
        var target = TestFiles.NewFolder();
        Run(target, ("lsoa.csv", "old"));

        using (var staged = StagedOutputFolder.Begin("--out", target))
        {
            Write(staged.Staging, "lsoa.csv", "half");
        }

        Assert.Equal(["lsoa.csv", RunManifest.FileName], Listing(target));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "lsoa.csv")));
        Assert.Empty(RunManifest.Check(target));
    }

    [Fact]
    public void Begin_RemovesStagingFoldersAndTemporariesOfKilledRuns_KeepsLookAlikes()
    {
        var target = TestFiles.NewFolder();
        Write(target, ".geoneeds-staging-0123/lsoa.csv", "killed");
        Write(target, ".lsoa.csv.0123456789abcdef0123456789abcdef.tmp", "killed");
        Write(target, "maps/.lsoa.png.0123456789abcdef0123456789abcdef.tmp", "killed");
        Write(target, ".notes.tmp", "mine");
        Write(target, ".lsoa.csv.not-a-guid.tmp", "mine");

        using var staged = StagedOutputFolder.Begin("--out", target);

        Assert.Equal(3, staged.RemovedLeftovers.Count);
        Assert.Equal([staged.Staging], Directory.GetDirectories(target, StagedOutputFolder.StagingPrefix + "*"));
        Assert.Equal([".lsoa.csv.not-a-guid.tmp", ".notes.tmp"], Listing(target).Where(f => !f.StartsWith(StagedOutputFolder.StagingPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Commit_APreviousManifestNamingAFileOutsideTheFolder_DeletesNothingThere()
    {
        var root = TestFiles.NewFolder();
        var target = Path.Combine(root, "out");
        Write(root, "precious.csv", "mine");
        Write(target, RunManifest.FileName, """{"completed_utc":"2026-01-01T00:00:00+00:00","files":[{"path":"../precious.csv","size":4,"sha256":"x"}]}""");

        Run(target, ("lsoa.csv", "new"));

        Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "precious.csv")));
    }

    [Fact]
    public void Commit_AFolderWhereAnOutputFileGoes_IsReportedAsAnOutputPathProblem()
    {
        var target = TestFiles.NewFolder();
        Directory.CreateDirectory(Path.Combine(target, "lsoa.csv"));

        using var staged = StagedOutputFolder.Begin("--out", target);
        Write(staged.Staging, "lsoa.csv", "new");

        var error = Assert.Throws<OutputPathException>(staged.Commit);
        Assert.StartsWith($"--out {target}: the run's files could not be moved into place", error.Message);
    }

    private static void Run(string target, params (string Name, string Text)[] files)
    {
        using var staged = StagedOutputFolder.Begin("--out", target);
        foreach (var (name, text) in files)
        {
            Write(staged.Staging, name, text);
        }

        staged.Commit();
    }

    private static void Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Every file under <paramref name="folder"/>, hidden ones included, relative with '/' separators.</summary>
    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
