using System.Text;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.PlainTables;

namespace GeoNeeds.Engine.Tests.Indicators;

public class TableInputTests
{
    [Fact]
    public void FromStream_FaultInTheData_NamesTheStreamNotATemporaryFile()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("area_code,count,population\nX01000001,3,ten\n"));

        var error = Assert.Throws<InputDataException>(() => RateTable.Read(TableInput.FromStream(stream, "<stdin>")));

        Assert.Equal("<stdin>:2:population: 'ten' is not a number", error.Message);
    }

    [Fact]
    public void FromStream_WithByteOrderMark_ReadsLikeAFile()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("area_code,count,population\r\nX01000001,3,10\r\n")]);

        var table = RateTable.Read(TableInput.FromStream(stream, "<stdin>"));

        Assert.Equal(new AreaCount("X01000001", 3, 10), Assert.Single(table.Values));
        Assert.Equal(2, table.Rows[0].Line);
    }

    [Fact]
    public void FromFile_Missing_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InputDataException>(() => RateTable.Read(TableInput.FromFile("no-such-counts.csv")));

        Assert.Equal("no-such-counts.csv: file not found", error.Message);
    }
}
