using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class OutputTargetTests
{
    [Fact]
    public void CheckFile_TheInputItself_IsRefusedNamingOptionAndPath()
    {
        var input = TestFiles.Write("points.csv", "e,n\n");

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", input, [input]));

        Assert.Equal($"--out {input}: is an input of this run, which would be replaced; write to another file", error.Message);
    }

    [Fact]
    public void CheckFile_InputReachedThroughALinkedFolderAndDotDot_IsRefused()
    {
        var input = TestFiles.Write("points.csv", "e,n\n");
        var folder = Path.GetDirectoryName(input)!;
        var link = Path.Combine(TestFiles.NewFolder(), "linked");
        Directory.CreateSymbolicLink(link, folder);

        Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", Path.Combine(link, "sub", "..", "points.csv"), [input]));
    }

    [Theory]
    [InlineData(".dbf")]
    [InlineData(".shx")]
    [InlineData(".prj")]
    public void CheckFile_ACompanionOfAShapefileInput_IsRefused(string extension)
    {
        var shapefile = Path.Combine(TestFiles.NewFolder(), "lsoa.shp");

        Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", Path.ChangeExtension(shapefile, extension), [shapefile]));
    }

    [Fact]
    public void CheckFile_AnExistingFolder_IsRefused()
    {
        var folder = TestFiles.NewFolder();

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", folder, []));

        Assert.EndsWith("is a folder; --out needs a file name", error.Message);
    }

    [Fact]
    public void CheckFile_UnderAnExistingFile_IsRefusedNamingTheFile()
    {
        var file = TestFiles.Write("notes.txt", "mine");

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", Path.Combine(file, "counts.csv"), []));

        Assert.EndsWith($"{file} is a file, not a folder", error.Message);
    }

    [SkippableTheory]
    [InlineData("/proc/geoneeds/counts.csv")]
    [InlineData("/sys/counts.csv")]
    public void CheckFile_WhereNoFileCanBeCreated_IsRefused(string path)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc and /sys are Linux's.");

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFile("--out", path, []));

        Assert.StartsWith($"--out {path}: cannot be written (", error.Message);
    }

    [Fact]
    public void CheckFile_MissingFolders_AreAcceptedAndNothingIsCreated()
    {
        var root = TestFiles.NewFolder();

        OutputTarget.CheckFile("--out", Path.Combine(root, "a", "b", "counts.csv"), []);

        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void CheckFolder_AnExistingFile_IsRefused()
    {
        var file = TestFiles.Write("out", "");

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFolder("output.folder", file, []));

        Assert.Equal($"output.folder {file}: is a file; output.folder needs a folder", error.Message);
    }

    [Fact]
    public void CheckFolder_HoldingAnInputTwoLevelsDown_IsRefusedNamingTheInput()
    {
        var root = TestFiles.NewFolder();
        var input = Path.Combine(root, "data", "boundaries", "lsoa.geojson");

        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFolder("--out", root, [input]));

        Assert.Equal($"--out {root}: holds {Path.Combine("data", "boundaries", "lsoa.geojson")}, an input of this run, which outputs could replace; write to another folder", error.Message);
    }

    [Fact]
    public void CheckFolder_ASiblingSharingTheInputFoldersNameAsPrefix_IsAccepted()
    {
        var root = TestFiles.NewFolder();

        OutputTarget.CheckFolder("--out", Path.Combine(root, "data2"), [Path.Combine(root, "data", "lsoa.geojson")]);
    }

    [Fact]
    public void CheckFolder_InsideTheInputsFolderButHoldingNone_IsAccepted()
    {
        var root = TestFiles.NewFolder();

        OutputTarget.CheckFolder("--out", Path.Combine(root, "out"), [Path.Combine(root, "lsoa.geojson")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void CheckFolder_EmptyPath_IsRefused(string path)
    {
        var error = Assert.Throws<OutputPathException>(() => OutputTarget.CheckFolder("--out", path, []));

        Assert.EndsWith("is empty; give a path", error.Message);
    }
}
