using FsCheck;
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

    [Property]
    public bool Decile_AnyRank_LiesInItsInterval(PositiveInt number)
    {
        var rank = 1 + (number.Get % DeprivationSurface.EnglishLsoaCount);

        var decile = DeprivationSurface.Decile(rank);

        // Exact in decimal: decile d covers ((d − 1) × 3,284.4, d × 3,284.4].
        return (decile - 1) * 3_284.4m < rank && rank <= decile * 3_284.4m;
    }
}
