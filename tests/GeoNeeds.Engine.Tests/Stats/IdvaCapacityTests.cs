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

    [Fact]
    public void Compare_NegativeStaff_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IdvaCapacity.Compare(1_000, -1, 20));

        Assert.Equal("fte", error.ParamName);
    }
}
