using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class DecileClassesTests
{
    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(4.67, 4)]
    [InlineData(4.4, 3)]
    [InlineData(10.0, 9)]
    public void ClassOf_DecileOrMeanOfDeciles_NearestDecile(double decile, int expectedClass)
    {
        Assert.Equal(expectedClass, DecileClasses.Breaks.ClassOf(decile));
    }

    [Fact]
    public void Label_Ends_NameMostAndLeastDeprived()
    {
        Assert.Equal("1 (most deprived)", DecileClasses.Label(1));
        Assert.Equal("5", DecileClasses.Label(5));
        Assert.Equal("10 (least deprived)", DecileClasses.Label(10));
    }
}
