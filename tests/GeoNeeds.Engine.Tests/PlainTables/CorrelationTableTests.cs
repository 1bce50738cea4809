using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class CorrelationTableTests
{
    [Fact]
    public void Write_ColumnsOfATable_GivesOneRowOfStatistics()
    {
        // y = 2x exactly: r = ρ = 1 with p = 0, slope 2, intercept 0, R² 1 (by hand).
        var input = TestFiles.Write("areas.csv", "area_code,imd_score,rate\nA,1,2\nB,2,4\nC,3,6\nD,4,8\n");
        var output = Path.Combine(TestFiles.NewFolder(), "correlation.csv");

        var (x, y) = CorrelationTable.Read(TableInput.FromFile(input), "imd_score", "rate");
        CorrelationTable.Write(output, Correlation.Summarise(x, y));

        Assert.Equal(["n,pearson_r,pearson_p,spearman_rho,spearman_p,slope,intercept,r_squared", "4,1,0,1,0,2,0,1"], File.ReadAllLines(output));
    }

    [Fact]
    public void Read_RowWithAnEmptyValue_IsLeftOutWithAWarning()
    {
        var input = TestFiles.Write("areas.csv", "x,y\n1,2\n2,\n3,6\n4,8\n");
        var warnings = new List<InputWarning>();

        var (x, _) = CorrelationTable.Read(TableInput.FromFile(input), "x", "y", warnings);

        Assert.Equal([1.0, 3, 4], x);
        Assert.Equal([new InputWarning(input, 3, "y is empty: the row is left out")], warnings);
    }

    [Fact]
    public void Read_FewerThanThreeRows_ThrowsNamingTheColumns()
    {
        var input = TestFiles.Write("areas.csv", "x,y\n1,2\n2,4\n");

        var error = Assert.Throws<InputDataException>(() => CorrelationTable.Read(TableInput.FromFile(input), "x", "y"));

        Assert.Equal($"{input}:1:x: 2 rows have numbers in both x and y; a correlation needs at least 3", error.Message);
    }

    [Fact]
    public void Read_NonNumericValue_ThrowsAtItsLineAndColumn()
    {
        var input = TestFiles.Write("areas.csv", "x,y\n1,2\n2,four\n3,6\n");

        var error = Assert.Throws<InputDataException>(() => CorrelationTable.Read(TableInput.FromFile(input), "x", "y"));

        Assert.Equal($"{input}:3:y: 'four' is not a number", error.Message);
    }

    [Theory]
    [InlineData("x,y\n1,5\n2,5\n3,5\n", "y", "all 3 values are 5", "x")]
    [InlineData("x,y\n0.5,1\n0.5,2\n0.5,3\n0.5,4\n", "x", "all 4 values are 0.5", "y")]
    public void Read_ColumnWithoutVariation_ThrowsThatCorrelationIsUndefined(string csv, string column, string values, string other)
    {
        var input = TestFiles.Write("areas.csv", csv);

        var error = Assert.Throws<InputDataException>(() => CorrelationTable.Read(TableInput.FromFile(input), "x", "y"));

        Assert.Equal($"{input}:{column}: the column has no variation ({values}), so its correlation with {other} is undefined", error.Message);
    }
}
