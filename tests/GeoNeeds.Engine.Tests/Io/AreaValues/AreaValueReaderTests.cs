using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;

namespace GeoNeeds.Engine.Tests.Io.AreaValues;

public class AreaValueReaderTests
{
    [Fact]
    public void Read_ValueColumnAmongOthers_ReadsCodesValuesAndLines()
    {
        var path = TestFiles.Write("rates.csv", "area_code,area_name,rate\nX01000001,North,12.5\nX01000002,South,\"1,250\"\n");

        var table = AreaValueReader.Read(path, "rate");

        Assert.Equal([new AreaValue("X01000001", 12.5, 2), new AreaValue("X01000002", 1250, 3)], table.Rows);
        Assert.Equal("rate", table.ValueColumn);
    }

    [Theory]
    [InlineData("area_code,rate\nX01000001,12.5\nX01000002,*\n",
        ":3:rate: '*' is not a number for area 'X01000002'; every area needs a value (a suppressed or missing one cannot be used here)")]
    [InlineData("area_code,rate\nX01000001,\n",
        ":2:rate: the value is empty for area 'X01000001'; every area needs a value (a suppressed or missing one cannot be used here)")]
    [InlineData("area_code,rate\nX01000001,1\nX01000001,2\n", ":3:area_code: duplicate 'X01000001' (first on line 2)")]
    [InlineData("area_code,count\nX01000001,1\n", ":1:rate: missing column 'rate'; the header has: area_code, count")]
    [InlineData("area_code,rate\n,4\n", ":2:area_code: value is empty")]
    public void Read_FaultyTable_MessageNamesFileLineAndColumn(string content, string expectedAfterPath)
    {
        var path = TestFiles.Write("rates.csv", content);

        var error = Assert.Throws<InputDataException>(() => AreaValueReader.Read(path, "rate"));

        Assert.Equal(path + expectedAfterPath, error.Message);
    }
}
