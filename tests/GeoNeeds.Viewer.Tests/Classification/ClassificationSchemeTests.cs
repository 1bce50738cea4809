using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class ClassificationSchemeTests
{
    [Fact]
    public void Parse_FixedBounds_ReadsTheNumbers()
    {
        var scheme = ClassificationScheme.Parse("fixed:5, 10,20.5");

        Assert.Equal(ClassificationScheme.Fixed, scheme.Method);
        Assert.Equal([5, 10, 20.5], scheme.FixedBounds);
        Assert.Equal(4, scheme.Classes);
    }

    [Fact]
    public void Parse_Deciles_TenClassesWhateverK()
    {
        Assert.Equal(10, ClassificationScheme.Parse("Deciles", 3).Classes);
    }

    [Fact]
    public void Parse_UnknownMethod_NamesTheChoices()
    {
        var error = Assert.Throws<FormatException>(() => ClassificationScheme.Parse("headtail"));

        Assert.Equal("Unknown classification 'headtail': use quantile, equal, jenks, deciles or fixed:a,b,c.", error.Message);
    }

    [Fact]
    public void Parse_FixedBoundNotANumber_NamesIt()
    {
        var error = Assert.Throws<FormatException>(() => ClassificationScheme.Parse("fixed:5,ten"));

        Assert.Equal("'ten' in 'fixed:5,ten' is not a number; write fixed bounds as fixed:5,10,20.", error.Message);
    }

    [Fact]
    public void Classify_Jenks_UsesNaturalBreaks()
    {
        var breaks = ClassificationScheme.Parse("jenks", 2).Classify([1, 2, 3, 10, 11, 12]);

        Assert.Equal([1, 3, 12], breaks.Bounds);
    }
}
