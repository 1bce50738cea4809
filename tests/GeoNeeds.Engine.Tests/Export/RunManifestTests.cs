using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class RunManifestTests
{
    [Fact]
    public void Of_RecordsSizeAndSha256OfEachFile()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("a.csv", "abc"))!;

        var manifest = RunManifest.Of(folder, ["a.csv"]);

        // SHA-256 of "abc" is FIPS 180-2's first example: ba7816bf...f20015ad.
        Assert.Equal(new ManifestEntry("a.csv", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), Assert.Single(manifest.Files));
    }

    [Fact]
    public void Of_FilesGivenInAnyOrder_AreListedInOrdinalOrder()
    {
        var folder = TestFiles.NewFolder();
        foreach (var name in new[] { "b.csv", "B.csv", "a.csv" })
        {
            File.WriteAllText(Path.Combine(folder, name), name);
        }

        // Ordinal order puts capitals first: 'B' is 0x42, 'a' 0x61, 'b' 0x62.
        Assert.Equal(["B.csv", "a.csv", "b.csv"], RunManifest.Of(folder, ["b.csv", "B.csv", "a.csv"]).Files.Select(f => f.Path));
    }

    [Fact]
    public void Read_ManifestThatIsNotJson_IsTakenAsNoManifest()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write(RunManifest.FileName, "{ cut short"))!;

        Assert.Null(RunManifest.Read(folder));
        Assert.StartsWith("no run-complete.json: the run that wrote this folder did not finish", Assert.Single(RunManifest.Check(folder)));
    }

    [Fact]
    public void Check_FolderWithoutManifest_SaysTheRunDidNotFinish()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("lsoa.csv", "abc"))!;

        var problem = Assert.Single(RunManifest.Check(folder));

        Assert.StartsWith("no run-complete.json: the run that wrote this folder did not finish", problem);
    }

    [Fact]
    public void Check_AFileChangedAfterTheRun_IsNamed()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("lsoa.csv", "abc"))!;
        RunManifest.Of(folder, ["lsoa.csv"]).Write(folder);

        File.WriteAllText(Path.Combine(folder, "lsoa.csv"), "abd");

        Assert.Equal(["lsoa.csv has changed since the run wrote it (size or SHA-256 differs from run-complete.json)"], RunManifest.Check(folder));
    }

    [Fact]
    public void Check_AFileRemovedAfterTheRun_IsNamed()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("lsoa.csv", "abc"))!;
        RunManifest.Of(folder, ["lsoa.csv"]).Write(folder);

        File.Delete(Path.Combine(folder, "lsoa.csv"));

        Assert.Equal(["lsoa.csv is missing (listed in run-complete.json)"], RunManifest.Check(folder));
    }

    [Fact]
    public void Read_WrittenManifest_RoundTrips()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("lsoa.csv", "abc"))!;
        var manifest = RunManifest.Of(folder, ["lsoa.csv"]);
        manifest.Write(folder);

        var read = RunManifest.Read(folder)!;

        Assert.Equal(manifest.CompletedUtc, read.CompletedUtc);
        Assert.Equal(manifest.Files, read.Files);
    }
}
