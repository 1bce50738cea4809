using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GeoNeeds.Synthetic.Tests;

public class DeprivationSurfaceTests
{
    // Decile boundaries of IMD 2019: 32,844 LSOAs in tenths of 3,284.4, decile 1 = ranks 1..3,284.
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3_284, 1)]
    [InlineData(3_285, 2)]
    [InlineData(16_422, 5)]
    [InlineData(16_423, 6)]
    [InlineData(29_559, 9)]
    [InlineData(29_560, 10)]
    [InlineData(32_844, 10)]
    public void Decile_RanksEitherSideOfABoundary_FallInThePublishedDecile(int rank, int expected)
    {
        Assert.Equal(expected, DeprivationSurface.Decile(rank));
    }

    // Every rank from 1 to 32,844 is equally likely, so a hundred cases reach every decile.
    [Property]
    public Property Decile_AnyRank_LiesInItsInterval() =>
        Prop.ForAll(Gen.Choose(1, DeprivationSurface.EnglishLsoaCount).ToArbitrary(), rank =>
        {
            var decile = DeprivationSurface.Decile(rank);

            // Exact in decimal: decile d covers ((d − 1) × 3,284.4, d × 3,284.4].
            return (decile - 1) * 3_284.4m < rank && rank <= decile * 3_284.4m;
        });

    [Fact]
    public void Decile_EveryRank_FillsEachDecileWithATenthOfTheRanks()
    {
        var sizes = Enumerable.Range(1, DeprivationSurface.EnglishLsoaCount)
            .GroupBy(DeprivationSurface.Decile).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();

        // 32,844 / 10 = 3,284.4: deciles of 3,284 or 3,285 ranks (decile 1 = ranks 1..3,284, decile 2 = 3,285..6,568).
        Assert.Equal(Enumerable.Range(1, 10), sizes.Select(s => s.Key));
        Assert.All(sizes, s => Assert.InRange(s.Item2, 3_284, 3_285));
    }
}
