using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class IdvaCapacityTests
{
    [Fact]
    public void Compare_StaffBelowTheRecommendation_GivesPositiveGap()
    {
        // 150,000 adult women at 20 FTE per 100,000 = 30 FTE recommended; 22.5 in post leaves 7.5 (by hand).
        Assert.Equal(new IdvaComparison(30, 22.5, 7.5), IdvaCapacity.Compare(adultWomen: 150_000, fte: 22.5, ftePer100000: 20));
    }

    [Theory]
    [InlineData(-1, 1, 20, "adultWomen")]
    [InlineData(1_000, -1, 20, "fte")]
    [InlineData(1_000, double.NaN, 20, "fte")]
    [InlineData(1_000, 1, double.NegativeInfinity, "ftePer100000")]
    public void Compare_NegativeOrNotFiniteInput_IsRefusedNamingIt(double adultWomen, double fte, double ftePer100000, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IdvaCapacity.Compare(adultWomen, fte, ftePer100000));

        Assert.Equal(name, error.ParamName);
        Assert.StartsWith($"The {name} must be zero or more and finite.", error.Message, StringComparison.Ordinal);
    }
}
