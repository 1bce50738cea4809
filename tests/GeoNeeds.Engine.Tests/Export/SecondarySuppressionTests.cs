using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class SecondarySuppressionTests
{
    [Fact]
    public void Apply_SmallCountInOneRow_WithholdsTheNextSmallestNonZeroNotTheZero()
    {
        // One row, four columns: 3 is primary; 0 is smaller than 10 but a zero is no disguise, so 10 goes with it.
        var result = SecondarySuppression.Apply(new long[,] { { 3, 10, 12, 0 } });

        Assert.Equal("* * 12 0", Render(new long[,] { { 3, 10, 12, 0 } }, result));
        Assert.Equal((1, 1), (result.PrimaryCount, result.SecondaryCount));
    }

    [Fact]
    public void Apply_TwoByTwoWithOneSmallCount_WithholdsAllFour()
    {
        // By hand: the row forces (0,1), the column (1,0), and then row 1 holds one withheld cell, so (1,1) too.
        long[,] counts = { { 3, 10 }, { 10, 12 } };

        Assert.Equal("* * | * *", Render(counts, SecondarySuppression.Apply(counts)));
    }

    [Fact]
    public void Apply_SingleColumnWithGrandTotal_ProtectsDownTheColumn()
    {
        // Wards in one column with the authority total below: a lone 3 would be the total minus the rest.
        long[,] counts = { { 3 }, { 8 }, { 20 } };

        Assert.Equal("* | * | 20", Render(counts, SecondarySuppression.Apply(counts)));
    }

    [Fact]
    public void Apply_NoNonZeroLeftInTheLine_FallsBackToWithholdingAZero()
    {
        long[,] counts = { { 3, 0 }, { 9, 0 } };

        Assert.Equal("* * | * *", Render(counts, SecondarySuppression.Apply(counts)));
    }

    [Fact]
    public void Apply_NoSmallCounts_WithholdsNothing()
    {
        long[,] counts = { { 0, 5 }, { 12, 40 } };

        var result = SecondarySuppression.Apply(counts);

        Assert.Equal((0, 0), (result.PrimaryCount, result.SecondaryCount));
    }

    [Fact]
    public void Apply_ThresholdZero_TurnsSuppressionOff()
    {
        long[,] counts = { { 1, 2 }, { 3, 4 } };

        Assert.Equal("1 2 | 3 4", Render(counts, SecondarySuppression.Apply(counts, threshold: 0)));
    }

    [Fact]
    public void Apply_NegativeCount_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SecondarySuppression.Apply(new long[,] { { 3, -1 } }));

        Assert.StartsWith("Counts cannot be negative.", error.Message);
    }

    /// <summary>The table as text: cells separated by spaces, rows by " | ", withheld cells as *.</summary>
    private static string Render(long[,] counts, CellSuppression result) => string.Join(" | ",
        Enumerable.Range(0, result.Rows).Select(r => string.Join(' ',
            Enumerable.Range(0, result.Columns).Select(c => result.IsSuppressed(r, c) ? "*" : counts[r, c].ToString(System.Globalization.CultureInfo.InvariantCulture)))));
}
