using System.Buffers.Binary;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
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
}
