using GeoNeeds.Engine.Io.Deprivation;

namespace GeoNeeds.Engine.Tests.Io.Deprivation;

public class DeprivationIndexTests
{
    [Fact]
    public void OfFormat_Wimd2019_IsTheWelshIndexRankingWales()
    {
        var index = DeprivationIndex.OfFormat("wimd2019");

        Assert.Equal(("WIMD 2019", "Wales"), (index.Edition, index.Nation));
    }

    [Fact]
    public void OfFormat_Imd2019_IsTheEnglishIndexRankingEngland()
    {
        var index = DeprivationIndex.OfFormat("imd2019");

        Assert.Equal(("IMD 2019", "England", "Index of Multiple Deprivation 2019"), (index.Edition, index.Nation, index.Name));
    }
}
