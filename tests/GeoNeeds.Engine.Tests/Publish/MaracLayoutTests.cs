using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class MaracLayoutTests
{
    private static readonly MaracAreaResult WithoutIdva = new(new MaracArea("E06000001", "Saltmere", 40_000, 150, null), new MaracComparison(160, 37.5, -10, 93.75), null);
    private static readonly MaracAreaResult WithIdva = WithoutIdva with { Idva = new IdvaComparison(8, 6.5, -1.5) };

    [Fact]
    public void Columns_AddTheIdvaColumnsOnlyWhenAsked()
    {
        string[] marac = ["area_code", "area_name", "adult_female_population", "cases", "expected_cases", "rate_per_10k", "difference", "pct_of_expected"];

        Assert.Equal(marac, MaracLayout.Columns());
        Assert.Equal([.. marac, "idva_fte_recommended", "idva_fte_gap", "idva_gap_pct"], MaracLayout.Columns(withIdva: true));
        Assert.Equal(
            [.. marac, "idva_fte_recommended", "idva_fte_gap", "idva_gap_pct", "idva_fte_for_cases_heard", "idva_fte_gap_for_cases_heard", "idva_gap_pct_for_cases_heard"],
            MaracLayout.Columns(withIdva: true, onCasesHeard: true));
    }

    [Fact]
    public void HasIdva_IsTrueWhenAnyAreaComparesStaffing()
    {
        Assert.False(MaracLayout.HasIdva([WithoutIdva, WithoutIdva]));
        Assert.True(MaracLayout.HasIdva([WithoutIdva, WithIdva]));
    }

    [Fact]
    public void Row_WithAndWithoutIdva_GivesTheComparisonsCells()
    {
        Assert.Equal(["E06000001", "Saltmere", 40_000.0, 150.0, 160.0, 37.5, -10.0, 93.75], MaracLayout.Row(WithIdva));
        // A gap of −1.5 FTE against 8 recommended is −18.75% (by hand).
        Assert.Equal(["E06000001", "Saltmere", 40_000.0, 150.0, 160.0, 37.5, -10.0, 93.75, 8.0, -1.5, -18.75], MaracLayout.Row(WithIdva, withIdva: true));
        Assert.Equal(["E06000001", "Saltmere", 40_000.0, 150.0, 160.0, 37.5, -10.0, 93.75, null, null, null], MaracLayout.Row(WithoutIdva, withIdva: true));
    }
}
