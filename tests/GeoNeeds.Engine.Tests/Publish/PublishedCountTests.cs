using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.Tests.Publish;

public class PublishedCountTests
{
    [Fact]
    public void Cell_Shown_IsTheCountItself()
    {
        Assert.Equal(3.0, PublishedCount.Cell(3.0, hidden: false));
        Assert.Null(PublishedCount.Cell(null, hidden: false));
        Assert.Equal(3L, PublishedCount.Cell(3L, hidden: false));
    }

    [Fact]
    public void Cell_Withheld_IsTheStar()
    {
        Assert.Equal("*", PublishedCount.Cell(3.0, hidden: true));
        Assert.Equal("*", PublishedCount.Cell(3L, hidden: true));
    }
}
