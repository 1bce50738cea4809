using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class StudyCellsTests
{
    [Fact]
    public void Shared_WholeNumberOverEqualWeights_GivesTheRemainderToTheFirst()
    {
        Assert.Equal([4.0, 3.0, 3.0], StudyCells.Shared(10, [1, 1, 1]));
    }

    [Fact]
    public void Shared_WholeNumberByWeights_GivesTheRemainderToTheLargestFraction()
    {
        // 1,395 over postcodes 7 and 2: exact shares 1,085.0 and 310.0; 1,396 gives 1,085.78 and 310.22.
        Assert.Equal([1085.0, 310.0], StudyCells.Shared(1395, [7, 2]));
        Assert.Equal([1086.0, 310.0], StudyCells.Shared(1396, [7, 2]));
    }

    [Fact]
    public void Shared_Fraction_IsInProportion()
    {
        Assert.Equal([0.375, 0.125], StudyCells.Shared(0.5, [3, 1]).Select(v => Math.Round(v, 12)));
        Assert.Equal([1.875, 0.625], StudyCells.Shared(2.5, [3, 1]).Select(v => Math.Round(v, 12)));
    }

    [Property]
    public Property Shared_WholeNumber_PartsAreWholeAndSumExactly(NonNegativeInt value, NonEmptyArray<PositiveInt> weights)
    {
        var shares = StudyCells.Shared(value.Get, [.. weights.Get.Select(w => (double)w.Get)]);
        return (shares.Sum() == value.Get && shares.All(s => s == Math.Floor(s) && s >= 0)).ToProperty();
    }

    [Theory]
    [InlineData("CV1 1DD", PostcodeLevel.Unit, PostcodeLevel.District, "CV1")]
    [InlineData("CV1 1DD", PostcodeLevel.Unit, PostcodeLevel.Sector, "CV1 1")]
    [InlineData("CV10 9AB", PostcodeLevel.Unit, PostcodeLevel.District, "CV10")]
    [InlineData("CV1 1", PostcodeLevel.Sector, PostcodeLevel.District, "CV1")]
    [InlineData("CV1", PostcodeLevel.District, PostcodeLevel.District, "CV1")]
    public void Coarsen_AreaCode_GivesTheAreaHoldingIt(string code, PostcodeLevel from, PostcodeLevel to, string expected)
    {
        Assert.Equal(expected, PostcodeParts.Coarsen(code, from, to));
    }

    [Fact]
    public void Coarsen_ToAFinerLevel_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => PostcodeParts.Coarsen("CV1", PostcodeLevel.District, PostcodeLevel.Sector));

        Assert.StartsWith("A district is not inside a sector.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E01009522|CV1", "E01009522", "CV1")]
    [InlineData("E01009522", "E01009522", null)]
    public void CodeOf_Part_SplitsIntoBaseAndPostcodeArea(string code, string baseCode, string? postcodeArea)
    {
        Assert.Equal(baseCode, StudyCells.BaseOf(code));
        Assert.Equal(postcodeArea, StudyCells.PostcodeAreaOf(code));
    }
}
