using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Tests.Stats;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class InequalityTableTests
{
    [Fact]
    public void Calculate_AreasInDeciles_SumsEachDecileBeforeItsRateAndTheIndexes()
    {
        // Two areas per decile, each half of the decile rows of InequalityIndexTests (reference/sii_reference.py):
        // the decile sums are the same, so SII −9.560373510582524 and RII 0.37299024741269393 (relative 1e-9).
        double[] populations = [12000, 11000, 10500, 10000, 9800, 10200, 9900, 10100, 9700, 9500];
        double[] counts = [180, 150, 130, 120, 100, 95, 90, 80, 70, 60];
        var csv = new StringBuilder("area_code,count,population,imd_decile\n");
        for (var d = 0; d < 10; d++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"A{d}a,{counts[d] / 2},{populations[d] / 2},{d + 1}\nA{d}b,{counts[d] / 2},{populations[d] / 2},{d + 1}\n");
        }

        var table = InequalityTable.Read(TableInput.FromFile(TestFiles.Write("areas.csv", csv.ToString())));
        var result = InequalityMeasure.Calculate(table.Values, 1_000, repetitions: 1_000);

        Assert.Equal(10, result.Deciles.Count);
        Assert.Equal((180.0, 12_000.0, 15.0), (result.Deciles[0].Count, result.Deciles[0].Population, result.Deciles[0].Rate.Value!.Value));
        RelativeAssert.Equal(-9.560373510582524, result.Index.Sii.Value, 1e-9);
        RelativeAssert.Equal(0.37299024741269393, result.Index.Rii.Value, 1e-9);
        Assert.Equal(1_075 / 102_700.0 * 1_000, result.Overall.Value!.Value, 1e-9);
    }

    [Fact]
    public void Write_Result_GivesRateRowsPerDecileThenAllSiiAndRii()
    {
        var csv = "area_code,count,population,imd_decile\n" + string.Concat(Enumerable.Range(1, 5).Select(d => $"A{d},{60 - (d * 5)},1000,{d}\n"));
        var output = Path.Combine(TestFiles.NewFolder(), "inequality.csv");

        var table = InequalityTable.Read(TableInput.FromFile(TestFiles.Write("areas.csv", csv)));
        InequalityTable.Write(output, InequalityMeasure.Calculate(table.Values, 1_000, repetitions: 1_000));

        var lines = File.ReadAllLines(output);
        Assert.Equal("measure,imd_decile,count,population,relative_rank,value,lower_95,upper_95,lower_998,upper_998,method", lines[0]);
        Assert.StartsWith("rate,1,55,1000,0.1,55,", lines[1]);
        Assert.StartsWith("rate,all,225,5000,,45,", lines[6]);
        Assert.StartsWith("sii,,,,,", lines[7]);
        Assert.StartsWith("rii,,,,,", lines[8]);
        Assert.Equal(9, lines.Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("3.5")]
    public void Read_DecileOutsideOneToTen_ThrowsAtItsLineAndColumn(string decile)
    {
        var input = TestFiles.Write("areas.csv", $"area_code,count,population,imd_decile\nA,1,100,{decile}\n");

        var error = Assert.Throws<InputDataException>(() => InequalityTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:2:imd_decile: decile '{decile}' is not a whole number from 1 (most deprived) to 10 (least deprived)", error.Message);
    }

    [Fact]
    public void Calculate_FourDecilesOnly_GivesRatesButNoIndexesWithTheReason()
    {
        var csv = "area_code,count,population,imd_decile\nA,10,100,1\nB,10,100,2\nC,10,100,3\nD,10,100,4\n";

        var result = InequalityMeasure.Calculate(InequalityTable.Read(TableInput.FromFile(TestFiles.Write("areas.csv", csv))).Values, 1_000);

        Assert.Equal(4, result.Deciles.Count);
        Assert.Null(result.Index.Sii.Value);
        Assert.Equal("4 quantiles have population; the slope index of inequality needs at least 5", result.Index.NotComputedReason);
    }
}
