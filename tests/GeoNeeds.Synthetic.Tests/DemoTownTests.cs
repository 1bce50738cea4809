namespace GeoNeeds.Synthetic.Tests;

[Collection(GeneratedDemoTownCollection.Name)]
public class DemoTownTests(GeneratedDemoTown town)
{
    // Written by hand beside the generated files, so not regenerated.
    private static readonly string[] HandWritten = ["README.md", ".gitattributes"];

    [Fact]
    public void RegeneratedDemoData_IsByteIdenticalToCommittedData()
    {
        var committed = Path.Combine(RepositoryFolder.Path, "data");

        var expected = RelativeFiles(committed).Except(HandWritten).ToList();

        Assert.Equal(expected, RelativeFiles(town.Folder));
        foreach (var file in expected)
        {
            var same = File.ReadAllBytes(Path.Combine(committed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(town.Folder, file)));
            Assert.True(same, $"data/{file} differs from a fresh DemoTown.Generate(\"data\"): regenerate the data (see data/README.md) and commit it.");
        }
    }

    [Fact]
    public void Generate_DefaultSeed_ReturnsThePathOfEveryFileItWrote()
    {
        var f = town.Files;
        string[] returned =
        [
            f.LsoaBoundaries, f.WardBoundaries, f.AuthorityBoundary, f.Lookup, f.PopulationByAgeSex, f.Deprivation,
            .. f.PoliceIncidents, f.ForceExtract, f.Referrals, f.Postcodes, f.AdultOutcomes.Intake, f.AdultOutcomes.Exit,
            f.ChildrenOutcomes.Intake, f.ChildrenOutcomes.Exit, f.Idvas, f.Study,
        ];

        Assert.Equal(RelativeFiles(town.Folder), returned.Select(path => Path.GetRelativePath(town.Folder, path).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_DefaultSeed_WritesThirtySixMonthlyPoliceFilesFromApril2023()
    {
        var names = town.Files.PoliceIncidents.Select(Path.GetFileName).ToList();

        Assert.Equal(36, names.Count);
        Assert.Equal("2023-04-saltmere-street.csv", names[0]);
        Assert.Equal("2025-04-saltmere-street.csv", names[24]);
        Assert.Equal("2026-03-saltmere-street.csv", names[^1]);
    }

    [Fact]
    public void Generate_AnotherSeed_WritesAnotherTown()
    {
        var folder = TestFiles.NewFolder();

        var other = DemoTown.Generate(folder, DemoTown.DefaultSeed + 1);

        Assert.NotEqual(File.ReadAllBytes(town.Files.LsoaBoundaries), File.ReadAllBytes(other.LsoaBoundaries));
    }

    private static List<string> RelativeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
