using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Tests.Geo;

public class CoordinateSystemTests
{
    [Theory]
    [InlineData("EPSG:27700", 27700)]
    [InlineData("27700", 27700)]
    [InlineData(" epsg:4326 ", 4326)]
    [InlineData("4326", 4326)]
    [InlineData("urn:ogc:def:crs:EPSG::27700", 27700)]
    [InlineData("urn:ogc:def:crs:EPSG:6.6:4326", 4326)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    [InlineData("urn:ogc:def:crs:OGC::CRS84", 4326)]
    [InlineData("OGC:CRS84", 4326)]
    [InlineData("CRS84", 4326)]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/27700", 27700)]
    [InlineData("https://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326)]
    public void Parse_AuthorityAndCodeInEachSpelling_NameTheSupportedSystem(string text, int expectedEpsg)
    {
        Assert.Equal(expectedEpsg, CoordinateSystem.Parse(text).Epsg);
    }

    [Theory]
    [InlineData("EPSG:3857")]
    [InlineData("EPSG:14326")]
    [InlineData("ESRI:104326")]
    [InlineData("urn:ogc:def:crs:EPSG::127700")]
    [InlineData("EPSG:4326X")]
    [InlineData("OGC:CRS83")]
    [InlineData("http://example.org/4326")]
    [InlineData("")]
    public void Parse_OtherSystemOrCodeMerelyEndingInASupportedOne_IsRefusedNamingTheSupportedSystems(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => CoordinateSystem.Parse(text));

        Assert.Contains("EPSG:4326 (lon/lat) and EPSG:27700", error.Message);
    }

    [Theory]
    [InlineData(-1.6, 52.3, -1.4, 52.5, 4326)]
    [InlineData(430000, 270000, 440000, 285000, 27700)]
    public void FromRange_TypicalExtents_AreRecognised(double minX, double minY, double maxX, double maxY, int expectedEpsg)
    {
        Assert.Equal(expectedEpsg, CoordinateSystem.FromRange(minX, minY, maxX, maxY)?.Epsg);
    }
}
