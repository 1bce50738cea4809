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

    [Fact]
    public void Read_SuppressedValue_FaultNamesFileLineAndColumn()
    {
        var path = TestFiles.Write("rates.csv", "area_code,rate\nX01000001,12.5\nX01000002,*\n");

        var error = Assert.Throws<InputDataException>(() => AreaValueReader.Read(path, "rate"));

        Assert.Equal($"{path}:3:rate: '*' is not a number for area 'X01000002'; every area needs a value (a suppressed or missing one cannot be used here)", error.Message);
    }

    [Fact]
    public void Read_EmptyValue_FaultSaysItIsEmpty()
    {
        var path = TestFiles.Write("rates.csv", "area_code,rate\nX01000001,\n");

        var error = Assert.Throws<InputDataException>(() => AreaValueReader.Read(path, "rate"));

        Assert.StartsWith($"{path}:2:rate: the value is empty for area 'X01000001'", error.Message);
    }

    [Fact]
    public void Read_RepeatedCode_FaultNamesTheFirstLine()
    {
        var path = TestFiles.Write("rates.csv", "area_code,rate\nX01000001,1\nX01000001,2\n");

        var error = Assert.Throws<InputDataException>(() => AreaValueReader.Read(path, "rate"));

        Assert.Equal($"{path}:3:area_code: duplicate 'X01000001' (first on line 2)", error.Message);
    }

    [Fact]
    public void Read_MissingValueColumn_FaultListsTheHeader()
    {
        var path = TestFiles.Write("rates.csv", "area_code,count\nX01000001,1\n");

        var error = Assert.Throws<InputDataException>(() => AreaValueReader.Read(path, "rate"));

        Assert.Equal($"{path}:1:rate: missing column 'rate'; the header has: area_code, count", error.Message);
    }
}
