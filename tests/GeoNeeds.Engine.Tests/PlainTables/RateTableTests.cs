using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class RateTableTests
{
    [Fact]
    public void Write_CountsAndPopulations_AddsRatesAfterEveryInputColumn()
    {
        // X01000001: 82 / 12,345 × 100,000 = 664.2365330093155 with Byar limits (CrudeRateTests gives the same
        // figures from the reference script). X01000002: 0 events, exact limits, upper 3.688879454113935 /
        // 2,000 × 100,000 = 184.44397270569675; published to 15 significant digits.
        var input = TestFiles.Write("counts.csv", "area_code,ward,count,population\nX01000001,North,82,12345\nX01000002,South,0,2000\n");
        var output = Path.Combine(TestFiles.NewFolder(), "rates.csv");

        var table = RateTable.Read(TableInput.FromFile(input));
        RateTable.Write(output, table, RateTable.Calculate(table.Values, 100_000));

        var lines = File.ReadAllLines(output);
        Assert.Equal("area_code,ward,count,population,rate,lower_95,upper_95,lower_998,upper_998,method", lines[0]);
        Assert.StartsWith("X01000001,North,82,12345,664.236533009316,528.26983927", lines[1]);
        Assert.EndsWith(",byar", lines[1]);
        Assert.StartsWith("X01000002,South,0,2000,0,0,184.443972705697,", lines[2]);
        Assert.EndsWith(",exact", lines[2]);
    }

    [Theory]
    [InlineData("", "population is empty: the rate of X01000001 is left empty")]
    [InlineData("0", "population is 0: the rate of X01000001 is left empty")]
    public void Read_EmptyOrZeroPopulation_WarnsAndLeavesTheRateEmpty(string population, string warning)
    {
        var input = TestFiles.Write("counts.csv", $"area_code,count,population\nX01000001,3,{population}\n");
        var output = Path.Combine(TestFiles.NewFolder(), "rates.csv");
        var warnings = new List<InputWarning>();

        var table = RateTable.Read(TableInput.FromFile(input), warnings);
        RateTable.Write(output, table, RateTable.Calculate(table.Values, 1_000));

        Assert.Equal([new InputWarning(input, 2, warning)], warnings);
        Assert.Equal($"X01000001,3,{population},,,,,,", File.ReadAllLines(output)[1]);
    }

    [Theory]
    [InlineData("X01000001,3,-10", "population", "population -10 must be zero or more")]
    [InlineData("X01000001,3,lots", "population", "'lots' is not a number")]
    [InlineData("X01000001,-1,10", "count", "count -1 must be zero or more")]
    [InlineData(",3,10", "area_code", "value is empty")]
    public void Read_BadField_ThrowsAtItsFileLineAndColumn(string row, string column, string problem)
    {
        var input = TestFiles.Write("counts.csv", $"area_code,count,population\n{row}\n");

        var error = Assert.Throws<InputDataException>(() => RateTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:2:{column}: {problem}", error.Message);
    }

    [Fact]
    public void Read_DuplicateAreaCode_ThrowsNamingBothLines()
    {
        var input = TestFiles.Write("counts.csv", "area_code,count,population\nX01000001,3,10\nX01000001,4,10\n");

        var error = Assert.Throws<InputDataException>(() => RateTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:3:area_code: duplicate 'X01000001' (first on line 2)", error.Message);
    }

    [Fact]
    public void Write_InputAlreadyHasAnOutputColumn_Throws()
    {
        var input = TestFiles.Write("counts.csv", "area_code,count,population,rate\nX01000001,3,10,0.3\n");
        var table = RateTable.Read(TableInput.FromFile(input));

        var error = Assert.Throws<InputDataException>(() => RateTable.Write(Path.Combine(TestFiles.NewFolder(), "r.csv"), table, RateTable.Calculate(table.Values, 1_000)));

        Assert.Equal($"{input}:1:rate: the input already has a column 'rate', which the output adds; rename or remove it", error.Message);
    }
}
