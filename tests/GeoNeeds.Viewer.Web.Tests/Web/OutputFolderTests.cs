using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

public class OutputFolderTests
{
    private static readonly string Outputs = OutputFixture.Folder(
        ("ward.csv", "area_code\nX00000001\n"),
        ("ward.geojson", "{}"),
        ("run-summary.json", "{}"),
        ("ATTRIBUTION.txt", "text"),
        (".ward.csv.0a1b.tmp", "half-written"),
        ("maps/ward.json", "{}"));

    [Theory]
    [InlineData("ward.csv", "text/csv; charset=utf-8")]
    [InlineData("ward.geojson", "application/geo+json")]
    [InlineData("run-summary.json", "application/json; charset=utf-8")]
    [InlineData("maps/ward.json", "application/json; charset=utf-8")]
    public void Find_ServedFile_GivesItsPathAndContentType(string name, string contentType)
    {
        var file = new OutputFolder(Outputs).Find(name);

        Assert.Equal(200, file.Status);
        Assert.Equal(Path.Combine(Outputs, name), file.Path);
        Assert.Equal(contentType, file.ContentType);
    }

    [Theory]
    [InlineData("../secret.csv")]
    [InlineData("..")]
    [InlineData("maps/../../secret.csv")]
    [InlineData("./ward.csv")]
    [InlineData("/etc/passwd.csv")]
    [InlineData("..\\secret.csv")]
    [InlineData("..%2Fsecret.csv")]
    [InlineData("%2e%2e/secret.csv")]
    [InlineData("C:secret.csv")]
    [InlineData("maps//ward.json")]
    [InlineData("")]
    public void Find_NameThatCouldLeaveTheFolder_Is400(string name)
    {
        var file = new OutputFolder(Outputs).Find(name);

        Assert.Equal(400, file.Status);
        Assert.Null(file.Path);
        Assert.Equal($"'{name}' is not a file name under the output folder", file.Reason);
    }

    [Theory]
    [InlineData("ATTRIBUTION.txt", "only .geojson, .csv and .json files are served")]
    [InlineData(".ward.csv.0a1b.tmp", "hidden files are not served")]
    [InlineData("missing.csv", "no such file")]
    [InlineData("maps/missing.json", "no such file")]
    public void Find_FileNotServed_Is404WithTheReason(string name, string reason)
    {
        var file = new OutputFolder(Outputs).Find(name);

        Assert.Equal(404, file.Status);
        Assert.Null(file.Path);
        Assert.Equal(reason, file.Reason);
    }

    [Fact]
    public void Find_LinkToAFileOutsideTheFolder_Is404()
    {
        var secret = OutputFixture.Folder(("secret.csv", "SECRET"));
        var folder = OutputFixture.Folder(("ward.csv", "x"));
        File.CreateSymbolicLink(Path.Combine(folder, "lsoa.csv"), Path.Combine(secret, "secret.csv"));

        var file = new OutputFolder(folder).Find("lsoa.csv");

        Assert.Equal(404, file.Status);
        Assert.Equal("a link that leads out of the output folder", file.Reason);
    }

    [Fact]
    public void Find_LinkedFolderOutsideTheFolder_Is404()
    {
        var elsewhere = OutputFixture.Folder(("secret.csv", "SECRET"));
        var folder = OutputFixture.Folder(("ward.csv", "x"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "maps"), elsewhere);

        var file = new OutputFolder(folder).Find("maps/secret.csv");

        Assert.Equal(404, file.Status);
        Assert.Equal("a link that leads out of the output folder", file.Reason);
    }

    [Fact]
    public void Find_LinkToAFileInsideTheFolder_IsServed()
    {
        var folder = OutputFixture.Folder(("ward.csv", "x"));
        File.CreateSymbolicLink(Path.Combine(folder, "latest.csv"), Path.Combine(folder, "ward.csv"));

        var file = new OutputFolder(folder).Find("latest.csv");

        Assert.Equal(200, file.Status);
    }

    [Fact]
    public void Find_FolderReachedThroughALink_ServesItsFiles()
    {
        var real = OutputFixture.Folder(("ward.csv", "x"));
        var link = Path.Combine(TestFolder.New(), "out");
        Directory.CreateSymbolicLink(link, real);
        File.CreateSymbolicLink(Path.Combine(real, "latest.csv"), Path.Combine(real, "ward.csv"));

        var file = new OutputFolder(link).Find("latest.csv");

        Assert.Equal(200, file.Status);
    }
}
