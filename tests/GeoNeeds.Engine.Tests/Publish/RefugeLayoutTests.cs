using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class RefugeLayoutTests
{
    // Two areas with 1 space per 10,000 recommended: 5 and 3 spaces, 4 and 3 provided; 8 recommended and 7 provided in all.
    private static readonly RefugeAssessment Assessment = new(
        [new RefugeArea("E06000001", "Saltmere", 50_000, 4), new RefugeArea("E06000002", "Brinwick", 30_000, 3)],
        [new RefugeComparison(5, 4, -1, 20), new RefugeComparison(3, 3, 0, 0)],
        80_000,
        new RefugeComparison(8, 7, -1, 12.5));

    [Fact]
    public void Columns_NameTheDenominatorOfTheStandard()
    {
        Assert.Equal(["area_code", "area_name", "population", "recommended", "provided", "difference", "shortfall_pct"], RefugeLayout.Columns());
        Assert.Equal(["area_code", "area_name", "female_15_64", "recommended", "provided", "difference", "shortfall_pct"], RefugeLayout.Columns(RefugeBasis.Female15To64));
    }

    [Fact]
    public void Row_IsTheAreaAtThatIndex()
    {
        Assert.Equal(["E06000002", "Brinwick", 30_000.0, 3.0, 3.0, 0.0, 0.0], RefugeLayout.Row(Assessment, 1));
    }

    [Fact]
    public void TotalRow_SumsEveryArea()
    {
        Assert.Equal(["TOTAL", "Total", 80_000.0, 8.0, 7.0, -1.0, 12.5], RefugeLayout.TotalRow(Assessment));
    }
}
