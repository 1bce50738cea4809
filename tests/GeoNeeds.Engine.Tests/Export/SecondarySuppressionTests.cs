using System.Globalization;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class SecondarySuppressionTests
{
    // Tables as text: cells separated by spaces, rows by " | "; withheld cells come back as *. Each expected pattern
    // is worked by hand from the rules in SecondarySuppression.Apply (threshold 5).
    [Theory]
    // One row: 3 is primary; 0 is smaller than 10 but a zero is no disguise, so 10 goes with it.
    [InlineData("3 10 12 0", "* * 12 0")]
    // 2 × 2: the row forces (0,1), the column (1,0), and then row 1 holds one withheld cell, so (1,1) too.
    [InlineData("3 10 | 10 12", "* * | * *")]
    // One column of wards above the authority total: a lone 3 would be the total minus the rest.
    [InlineData("3 | 8 | 20", "* | * | 20")]
    // No non-zero count left in the row or column: a zero is withheld as the fallback.
    [InlineData("3 0 | 9 0", "* * | * *")]
    // The smallest other non-zero of the row is withheld, not the largest; the columns then need their partners.
    [InlineData("2 7 30 | 6 9 40 | 50 60 70", "* * 30 | * * 40 | 50 60 70")]
    // Nothing small: nothing withheld.
    [InlineData("0 5 | 12 40", "0 5 | 12 40")]
    public void Apply_Table_WithholdsTheHandWorkedPattern(string table, string expected)
    {
        var counts = Parse(table);

        Assert.Equal(expected, Render(counts, SecondarySuppression.Apply(counts)));
    }

    [Fact]
    public void Apply_SmallCountWithItsPartner_CountsPrimaryAndSecondarySeparately()
    {
        var result = SecondarySuppression.Apply(Parse("3 10 12 0"));

        Assert.Equal((1, 1), (result.PrimaryCount, result.SecondaryCount));
        Assert.True(result.IsPrimary(0, 0));
        Assert.False(result.IsPrimary(0, 1));
    }

    [Fact]
    public void Apply_ThresholdZero_TurnsSuppressionOff()
    {
        var counts = Parse("1 2 | 3 4");

        Assert.Equal("1 2 | 3 4", Render(counts, SecondarySuppression.Apply(counts, threshold: 0)));
    }

    [Fact]
    public void Apply_NegativeCount_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SecondarySuppression.Apply(Parse("3 -1")));

        Assert.StartsWith("Counts cannot be negative.", error.Message);
    }

    private static long[,] Parse(string table)
    {
        var rows = table.Split(" | ").Select(row => row.Split(' ').Select(cell => long.Parse(cell, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var counts = new long[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                counts[r, c] = rows[r][c];
            }
        }

        return counts;
    }

    private static string Render(long[,] counts, CellSuppression result) => string.Join(" | ",
        Enumerable.Range(0, result.Rows).Select(r => string.Join(' ',
            Enumerable.Range(0, result.Columns).Select(c => result.IsSuppressed(r, c) ? "*" : counts[r, c].ToString(CultureInfo.InvariantCulture)))));
}
