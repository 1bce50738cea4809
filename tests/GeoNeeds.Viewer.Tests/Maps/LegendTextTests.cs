using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Tests.Maps;

public class LegendTextTests
{
    [Fact]
    public void Ranges_SmallRates_OneDecimal()
    {
        var labels = LegendText.Ranges(new ClassBreaks([2.31, 5.27, 8.0], "test"));

        Assert.Equal(["2.3 – 5.3", "5.3 – 8.0"], labels);
    }

    [Fact]
    public void Ranges_BoundsEqualAtOneDecimal_MoreDecimals()
    {
        var labels = LegendText.Ranges(new ClassBreaks([0.12, 0.14, 0.3], "test"));

        Assert.Equal(["0.12 – 0.14", "0.14 – 0.30"], labels);
    }

    [Fact]
    public void Ranges_LargeNumbers_WholeWithThousandsSeparators()
    {
        var labels = LegendText.Ranges(new ClassBreaks([1200, 15000.4, 30000], "test"));

        Assert.Equal(["1,200 – 15,000", "15,000 – 30,000"], labels);
    }
}
