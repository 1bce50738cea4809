using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Tables;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class BoundaryCacheTests
{
    // Grid squares without a crs member (so the reader warns that it took them as British National Grid) and a
    // bow-tie (so one area is repaired): everything a cached read must give back as the file read gave it.
    private const string BowTie = "POLYGON ((432000 278000, 433000 279000, 433000 278000, 432000 279000, 432000 278000))";
    private static readonly string Areas = GeoJson(
        null,
        ("""{"LSOA11CD":"X01000001","LSOA11NM":"Invented 001A","LAD_CD":"X06000001"}""", GridSquare),
        ("""{"LSOA11CD":"X01000002","LSOA11NM":"Invented 001B","LAD_CD":"X06000001"}""", GridSquareEast),
        ("""{"LSOA11CD":"X01000003","LSOA11NM":"Invented 001C","LAD_CD":null}""", BowTie));

    private static readonly BoundaryReadOptions Options = new() { LayerName = "lsoa", ParentField = "LAD_CD" };

    [Fact]
    public void Read_SameFileTwice_SecondReadIsTheStoredLayerIdenticalToTheFileRead()
    {
        var (cache, file) = (NewCache(), TestFiles.Write("areas.geojson", Areas));
        var coldWarnings = new List<InputWarning>();
        var cold = cache.Read(file, Options, coldWarnings);
        var entry = Assert.Single(Directory.GetFiles(cache.Folder, "*.layer"));
        var written = File.GetLastWriteTimeUtc(entry);

        var warmWarnings = new List<InputWarning>();
        var warm = cache.Read(file, Options, warmWarnings);

        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        AssertSame(cold, warm);
        Assert.NotEmpty(coldWarnings);
        Assert.Equal(coldWarnings, warmWarnings);
        Assert.Single(warm.Repairs);
    }

    [Fact]
    public void Read_TruncatedEntry_ReadsTheFileAgainAndRewritesTheEntry()
    {
        var (cache, file) = (NewCache(), TestFiles.Write("areas.geojson", Areas));
        var cold = cache.Read(file, Options);
        var entry = Assert.Single(Directory.GetFiles(cache.Folder, "*.layer"));
        var length = new FileInfo(entry).Length;
        using (var stream = new FileStream(entry, FileMode.Open))
        {
            stream.SetLength(length / 2);
        }

        var again = cache.Read(file, Options);

        AssertSame(cold, again);
        Assert.Equal(length, new FileInfo(entry).Length);
    }

    [Fact]
    public void Read_EntryOfAnotherProgram_IsIgnored()
    {
        var (cache, file) = (NewCache(), TestFiles.Write("areas.geojson", Areas));
        var cold = cache.Read(file, Options);
        File.WriteAllText(Assert.Single(Directory.GetFiles(cache.Folder, "*.layer")), "not a boundary cache");

        AssertSame(cold, cache.Read(file, Options));
    }

    [Fact]
    public void Read_ChangedFile_MissesAndReadsTheNewContent()
    {
        var (cache, file) = (NewCache(), TestFiles.Write("areas.geojson", Areas));
        cache.Read(file, Options);
        File.WriteAllText(file, GeoJson(null, ("""{"LSOA11CD":"X01000009","LSOA11NM":"Invented 009A","LAD_CD":"X06000009"}""", GridSquare)));

        var changed = cache.Read(file, Options);

        Assert.Equal(["X01000009"], changed.Areas.Select(a => a.Code));
        Assert.Equal(2, Directory.GetFiles(cache.Folder, "*.layer").Length);
    }

    [Fact]
    public void Read_OtherOptions_MissAndReadTheFileWithThem()
    {
        var (cache, file) = (NewCache(), TestFiles.Write("areas.geojson", Areas));
        cache.Read(file, Options);

        var withoutParents = cache.Read(file, Options with { ParentField = null });

        Assert.All(withoutParents.Areas, a => Assert.Null(a.Parent));
    }

    [Fact]
    public void Read_FileUnderTheMinimumSize_IsNotStored()
    {
        var cache = new BoundaryCache(TestFiles.NewFolder(), minimumBytes: 1 << 20);

        cache.Read(TestFiles.Write("areas.geojson", Areas), Options);

        Assert.False(Directory.Exists(cache.Folder) && Directory.EnumerateFiles(cache.Folder).Any());
    }

    private static BoundaryCache NewCache() => new(Path.Combine(TestFiles.NewFolder(), "boundaries"), minimumBytes: 0);

    private static void AssertSame(AreaLayer expected, AreaLayer actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.CoordinateSystem, actual.CoordinateSystem);
        Assert.Equal(expected.Repairs, actual.Repairs);
        Assert.Equal(expected.Areas.Select(a => (a.Code, a.Name, a.Parent, a.Geometry.SRID)), actual.Areas.Select(a => (a.Code, a.Name, a.Parent, a.Geometry.SRID)));
        Assert.All(expected.Areas.Zip(actual.Areas), pair => Assert.True(pair.First.Geometry.EqualsExact(pair.Second.Geometry), pair.First.Code));
    }
}
