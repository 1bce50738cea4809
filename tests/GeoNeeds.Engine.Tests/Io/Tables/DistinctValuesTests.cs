using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Tables;

public class DistinctValuesTests
{
    [Fact]
    public void NumberOf_RepeatedAndPaddedValues_NumbersEachValueOnceInOrderOfFirstAppearance()
    {
        var values = new DistinctValues();

        var numbers = new[] { "Burglary", " Drugs ", "Burglary", "Drugs" }.Select(v => values.NumberOf(v)).ToList();

        Assert.Equal([0, 1, 0, 1], numbers);
        Assert.Equal(2, values.Count);
        Assert.Equal("Drugs", values[1]);
    }

    [Fact]
    public void NumberOf_EmptyOrBlankField_IsEmptyAndNull()
    {
        var values = new DistinctValues();

        Assert.Equal(DistinctValues.Empty, values.NumberOf("  "));
        Assert.Null(values[DistinctValues.Empty]);
        Assert.Equal(0, values.Count);
    }
}
