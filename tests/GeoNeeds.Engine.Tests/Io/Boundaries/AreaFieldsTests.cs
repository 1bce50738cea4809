using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using NetTopologySuite.Features;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class AreaFieldsTests
{
    [Theory]
    [InlineData("LSOA11CD,LSOA11NM,LAD_CD", "LSOA11CD", "LSOA11NM")]
    [InlineData("LAD_CD,LSOA11CD,LSOA11NM", "LSOA11CD", "LSOA11NM")]
    [InlineData("WD13CD,WD13CDO,WD13NM,WD13NMW", "WD13CD", "WD13NM")]
    [InlineData("LSOA21CD,LAD22CD,LAD22NM", "LSOA21CD", null)]
    [InlineData("LAD13CD,LSOA11CD,LSOA11NM", "LAD13CD", null)]
    [InlineData("objectid,lsoa11cd,lsoa11nm", "lsoa11cd", "lsoa11nm")]
    [InlineData("FID,AREA_CD,AREA_NM", "AREA_CD", "AREA_NM")]
    public void Choose_NoFieldsGiven_DetectsOnsStyleCodeAndItsName(string properties, string code, string? name)
    {
        var fields = AreaFields.Choose("areas.geojson", Attributes(properties), new BoundaryReadOptions());

        Assert.Equal(new AreaFields(code, name), fields);
    }

    [Fact]
    public void Choose_FieldsGiven_UsesThemEvenWhereDetectionWouldDiffer()
    {
        var options = new BoundaryReadOptions { CodeField = "LAD_CD", NameField = "LSOA11NM" };

        var fields = AreaFields.Choose("areas.geojson", Attributes("LSOA11CD,LSOA11NM,LAD_CD"), options);

        Assert.Equal(new AreaFields("LAD_CD", "LSOA11NM"), fields);
    }

    [Fact]
    public void Choose_FieldGivenInOtherLetterCase_UsesTheFilesSpelling()
    {
        var fields = AreaFields.Choose("areas.geojson", Attributes("lsoa11cd,lsoa11nm"), new() { CodeField = "LSOA11CD" });

        Assert.Equal(new AreaFields("lsoa11cd", "lsoa11nm"), fields);
    }

    [Fact]
    public void Choose_GivenCodeFieldAbsent_ThrowsListingTheProperties()
    {
        var error = Assert.Throws<InputDataException>(() =>
            AreaFields.Choose("areas.geojson", Attributes("LSOA11CD,LSOA11NM"), new() { CodeField = "WD19CD" }));

        Assert.Equal("areas.geojson:1:WD19CD: feature 1 has no code property 'WD19CD'; its properties are: LSOA11CD, LSOA11NM.", error.Message);
    }

    [Fact]
    public void Choose_GivenNameFieldAbsent_ThrowsListingTheProperties()
    {
        var error = Assert.Throws<InputDataException>(() =>
            AreaFields.Choose("areas.geojson", Attributes("LSOA11CD,LSOA11NM"), new() { NameField = "NAME" }));

        Assert.Equal("areas.geojson:1:NAME: feature 1 has no name property 'NAME'; its properties are: LSOA11CD, LSOA11NM.", error.Message);
    }

    [Fact]
    public void Choose_NoPropertyEndingInCd_ThrowsAskingForTheCodeField()
    {
        var error = Assert.Throws<InputDataException>(() =>
            AreaFields.Choose("areas.geojson", Attributes("id,name"), new BoundaryReadOptions()));

        Assert.Equal("areas.geojson:1: no property of feature 1 looks like an area code (a name ending in CD, e.g. LSOA11CD); its properties are: id, name. Name the code property in the boundary options.", error.Message);
    }

    [Fact]
    public void Read_CodeWithoutNameProperty_NamesAreasByCode()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"MSOA11CD":"X02000001"}""", LonLatSquare)));

        var area = Assert.Single(BoundaryReader.Read(file).Areas);

        Assert.Equal(("X02000001", "X02000001"), (area.Code, area.Name));
    }

    [Fact]
    public void Read_NullNameValue_NamesTheAreaByCode()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"WD13CD":"X05000001","WD13NM":null}""", LonLatSquare)));

        Assert.Equal("X05000001", BoundaryReader.Read(file).Areas[0].Name);
    }

    [Fact]
    public void Read_GivenFieldAbsent_ThrowsFromTheReaderWithTheFile()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"WD13CD":"X05000001","WD13NM":"Invented"}""", LonLatSquare)));

        Assert.Equal($"{file}:1:LSOA11CD: feature 1 has no code property 'LSOA11CD'; its properties are: WD13CD, WD13NM.", ReadError(file, new() { CodeField = "LSOA11CD" }));
    }

    private static AttributesTable Attributes(string names)
    {
        var table = new AttributesTable();
        foreach (var name in names.Split(','))
        {
            table.Add(name, "X00000001");
        }

        return table;
    }
}
