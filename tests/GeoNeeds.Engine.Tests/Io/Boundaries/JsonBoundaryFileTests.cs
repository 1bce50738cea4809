using System.Buffers.Binary;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Tables;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class JsonBoundaryFileTests
{
    [Fact]
    public void Decompressed_ContentLargerThanTheLimit_IsNullSoTheFileIsStreamedInstead()
    {
        Assert.Null(JsonBoundaryFile.Decompressed(Gzip(new string('a', 5000)), limit: 4096));
    }

    [Fact]
    public void Decompressed_ContentExactlyAtTheLimit_IsReadWhole()
    {
        var (_, length) = JsonBoundaryFile.Decompressed(Gzip(new string('a', 4096)), limit: 4096)!.Value;

        Assert.Equal(4096, length);
    }

    [Fact]
    public void Read_GzipWhoseTrailerMisstatesTheLength_SaysTheFileIsNotValidGzip()
    {
        // The last four bytes of a gzip file state the inflated length; here they claim 2³² − 1 bytes for a few hundred.
        var raw = Gzip(GeoJson(Crs84, ("""{"LSOA11CD":"X01000001"}""", LonLatSquare)));
        BinaryPrimitives.WriteUInt32LittleEndian(raw.AsSpan(raw.Length - 4), uint.MaxValue);
        var file = TestFiles.WriteBytes("areas.geojson.gz", raw);

        var error = Assert.Throws<InputDataException>(() => BoundaryReader.Read(file));

        Assert.Contains("not valid gzip", error.Message);
    }

    [Theory]
    [InlineData("areas.geojson")]
    [InlineData("areas.topojson")]
    public void Read_PropertyNameNotUtf8_IsReadAsWindows1252WithAWarning(string name)
    {
        // Found by fuzzing: a Windows-1252 byte (0xED, 'í') in a property name failed inside the JSON reader.
        var json = "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"LSOA11CD\":\"X01000001\",\"Mi\u00ED\":\"x\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,51],[1,51],[1,52],[0,51]]]}}]}";
        var file = TestFiles.WriteBytes(name, System.Text.Encoding.Latin1.GetBytes(json));

        var warnings = new List<InputWarning>();
        var layer = BoundaryReader.Read(file, warnings: warnings);

        Assert.Equal("X01000001", Assert.Single(layer.Areas).Code);
        Assert.Contains("read as Windows-1252", Assert.Single(warnings).Problem);
    }

    [Fact]
    public void Read_CrsNameNotUtf8_IsReadAsWindows1252AndRefusedAsAnUnknownSystem()
    {
        // Found by fuzzing: the same through the crs member, read by the general reader.
        var json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:\u00FF\"}},\"features\":[]}";
        var file = TestFiles.WriteBytes("areas.geojson", System.Text.Encoding.Latin1.GetBytes(json));

        var error = Assert.Throws<InputDataException>(() => BoundaryReader.Read(file));

        Assert.Contains("urn:\u00FF", error.Message);
    }

    [Fact]
    public void Read_CrsNameWithHalfASurrogatePair_IsRefusedAsAnUnknownSystemShownAsWritten()
    {
        // Found by fuzzing: "\ud806" alone is valid JSON but no text, and reading it failed inside the JSON reader.
        var json = """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::277\ud80600"}},"features":[]}""";
        var file = TestFiles.Write("areas.geojson", json);

        var error = Assert.Throws<InputDataException>(() => BoundaryReader.Read(file));

        Assert.Contains("the crs member names a coordinate system GeoNeeds does not read", error.Message);
        Assert.Contains(@"\ud806", error.Message);
    }

    [Theory]
    [InlineData("areas.geojson")]
    [InlineData("areas.geojson.gz")]
    [InlineData("areas.topojson")]
    public void Read_PropertyWithHalfASurrogatePair_IsRefusedNamingFeatureAndProperty(string name)
    {
        var json = name.EndsWith(".topojson", StringComparison.Ordinal)
            ? """{"type":"Topology","objects":{"areas":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"properties":{"LSOA11CD":"X01000001","LSOA11NM":"Zed\udc00"}}]}},"arcs":[[[0,51],[1,51],[1,52],[0,51]]]}"""
            : """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LSOA11CD":"X01000001","LSOA11NM":"Zed\udc00"},"geometry":{"type":"Polygon","coordinates":[[[0,51],[1,51],[1,52],[0,51]]]}}]}""";
        var file = name.EndsWith(".gz", StringComparison.Ordinal) ? WriteGzip(name, json) : TestFiles.Write(name, json);

        var error = Assert.Throws<InputDataException>(() => BoundaryReader.Read(file));

        Assert.Equal(@$"{file}:1:LSOA11NM: feature 1's LSOA11NM holds an escaped half of a UTF-16 surrogate pair (such as \udc00 alone), which is no character; correct the value.", error.Message);
    }

    [Fact]
    public void Read_InvalidRingMixingHeightsAndFlatPositions_IsRepairedFlat()
    {
        // Found by fuzzing: a bow-tie whose positions are partly [x, y, z] failed inside the geometry fixer.
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LSOA11CD":"X01000001"},"geometry":{"type":"Polygon","coordinates":[[[0,51],[1,52,10],[1,51],[0,52],[0,51]]]}}]}""";
        var file = TestFiles.Write("areas.geojson", json);

        var layer = BoundaryReader.Read(file);

        var area = Assert.Single(layer.Areas);
        Assert.Equal(0.5, area.Geometry.Area, 12);   // two triangles of a quarter square degree each
        Assert.All(area.Geometry.Coordinates, c => Assert.True(double.IsNaN(c.Z)));
        Assert.Single(layer.Repairs);
    }

    [Theory]
    [InlineData("3E1000")]
    [InlineData("[1, 2, -1e300]")]
    public void Read_PropertyNumberBeyondDecimals_IsRefusedNamingFeatureAndProperty(string value)
    {
        // Found by fuzzing: properties are decoded as decimals on demand, and 3E1000 failed inside the decoder.
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"LSOA11CD\":" + value
            + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,51],[1,51],[1,52],[0,51]]]}}]}";
        var file = TestFiles.Write("areas.geojson", json);

        var error = Assert.Throws<InputDataException>(() => BoundaryReader.Read(file));

        Assert.Equal($"{file}:1:LSOA11CD: feature 1's LSOA11CD holds a number beyond ±7.9e28, which is no area code or name; correct the value.", error.Message);
    }
}
