using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Io.Population;

public class PopulationReaderTests
{
    private const string Total = "Total population: mid 2015 (excluding prisoners)";
    private const string File6Header = $"LSOA code (2011),LSOA name (2011),{Total},Dependent Children aged 0-15: mid 2015 (excluding prisoners)\n";

    [Fact]
    public void ReadIod2019Totals_PublishedLayout_ReadsTotalsWithThousandsSeparators()
    {
        var path = TestFiles.Write("file6.csv", File6Header + "X01000001,Somewhere 001A,\"1,296\",175\nX01000002,Somewhere 001B,987,150\n");

        var totals = PopulationReader.ReadIod2019Totals(path);

        Assert.Equal(new Dictionary<string, double> { ["X01000001"] = 1_296, ["X01000002"] = 987 }, totals);
    }

    [Theory]
    [InlineData("0", "population 0 must be more than zero")]
    [InlineData("-5", "population -5 must be more than zero")]
    [InlineData("many", "'many' is not a number")]
    public void ReadIod2019Totals_TotalNotAPositiveNumber_ThrowsAtItsLineAndColumn(string total, string problem)
    {
        var path = TestFiles.Write("file6.csv", File6Header + $"X01000001,a,{total},1\n");

        var error = Assert.Throws<InputDataException>(() => PopulationReader.ReadIod2019Totals(path));

        Assert.Equal($"{path}:2:{Total}: {problem}", error.Message);
    }

    [Fact]
    public void ReadIod2019Totals_DuplicateCode_Throws()
    {
        var path = TestFiles.Write("file6.csv", File6Header + "X01000001,a,1000,1\nX01000001,a,1000,1\n");

        var error = Assert.Throws<InputDataException>(() => PopulationReader.ReadIod2019Totals(path));

        Assert.Equal($"{path}:3:LSOA code (2011): duplicate 'X01000001' (first on line 2)", error.Message);
    }

    [Fact]
    public void ReadByAgeSex_SexSpellingsAndAgeBands_AreRead()
    {
        var path = TestFiles.Write("pop.csv", "area_code,sex,age,population\nX05000001,M,16-19,120\nX05000001,female,45,61.5\nX05000001,F,90+,0\n");

        var counts = PopulationReader.ReadByAgeSex(path);

        Assert.Equal(
            [
                new PopulationCount("X05000001", 'M', new AgeBand(16, 19), 120),
                new PopulationCount("X05000001", 'F', new AgeBand(45, 45), 61.5),
                new PopulationCount("X05000001", 'F', new AgeBand(90, null), 0),
            ],
            counts);
    }

    [Theory]
    [InlineData("X05000001,Persons,16-19,120", "sex", "sex 'Persons' is not M, F, Male or Female")]
    [InlineData("X05000001,M,adults,120", "age", "'adults' is not an age or age band (45, 16-19 or 90+)")]
    [InlineData("X05000001,M,16-19,-1", "population", "population -1 must be zero or more")]
    [InlineData("X05000001,M,16-19,n/a", "population", "'n/a' is not a number")]
    public void ReadByAgeSex_BadValue_ThrowsAtItsLineAndColumn(string row, string field, string problem)
    {
        var path = TestFiles.Write("pop.csv", "area_code,sex,age,population\n" + row + "\n");

        var error = Assert.Throws<InputDataException>(() => PopulationReader.ReadByAgeSex(path));

        Assert.Equal($"{path}:2:{field}: {problem}", error.Message);
    }

    [Fact]
    public void ReadByAgeSex_SameAreaSexAndAgeTwice_Throws()
    {
        var path = TestFiles.Write("pop.csv", "area_code,sex,age,population\nX05000001,M,45,10\nX05000001,Male,45,12\n");

        var error = Assert.Throws<InputDataException>(() => PopulationReader.ReadByAgeSex(path));

        Assert.Equal($"{path}:3:area_code: duplicate 'X05000001 M 45' (first on line 2)", error.Message);
    }

    [Fact]
    public void TotalsByArea_CountsOfSeveralAreas_SumsEachArea()
    {
        var counts = new[]
        {
            new PopulationCount("X05000001", 'M', new AgeBand(16, 19), 120),
            new PopulationCount("X05000001", 'F', new AgeBand(16, 19), 130.5),
            new PopulationCount("X05000002", 'F', new AgeBand(90, null), 7),
        };

        var totals = PopulationReader.TotalsByArea(counts);

        Assert.Equal(new Dictionary<string, double> { ["X05000001"] = 250.5, ["X05000002"] = 7 }, totals);
    }
}
