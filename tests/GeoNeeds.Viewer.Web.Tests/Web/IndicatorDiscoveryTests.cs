using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

public class IndicatorDiscoveryTests
{
    private static readonly IndicatorSummary DaIncidents = new("da_incidents", "incidents", 1000, "Domestic abuse incidents per 1,000 residents", "byar");

    [Fact]
    public void Find_RateWithCompanions_NamesItsCountLimitsAndMethod()
    {
        string[] properties =
        [
            "area_code", "da_incidents_count", "da_incidents_rate_per_1000", "da_incidents_lower_95", "da_incidents_upper_95",
            "da_incidents_lower_998", "da_incidents_upper_998", "da_incidents_method",
        ];

        var found = Assert.Single(IndicatorDiscovery.Find(properties, [DaIncidents]));

        Assert.Equal(
            new IndicatorEntry(
                "da_incidents_rate_per_1000", "Domestic abuse incidents per 1,000 residents", "rate", 1000, "da_incidents_count",
                "da_incidents_lower_95", "da_incidents_upper_95", "da_incidents_lower_998", "da_incidents_upper_998", "da_incidents_method"),
            found);
    }

    [Fact]
    public void Find_WelshDeciles_AreLabelledWimdOfWales()
    {
        var found = IndicatorDiscovery.Find(["imd_decile", "imd_mean"], [], DeprivationIndex.Wimd2019);

        Assert.Equal(["WIMD 2019 decile (1 = most deprived 10% of Wales)", "Mean WIMD 2019 decile of its LSOAs (1 = most deprived)"], found.Select(f => f.Label));
    }

    [Fact]
    public void Find_NoIndexGiven_LabelsDecilesImdOfEngland() =>
        Assert.Equal("IMD 2019 decile (1 = most deprived 10% of England)", Assert.Single(IndicatorDiscovery.Find(["imd_decile"], [])).Label);

    [Fact]
    public void Find_RateTheRunSummaryDoesNotName_IsLabelledFromItsField()
    {
        var found = Assert.Single(IndicatorDiscovery.Find(["referrals_rate_per_10000"], [DaIncidents]));

        Assert.Equal(new IndicatorEntry("referrals_rate_per_10000", "referrals per 10,000", "rate", 10000), found);
    }

    [Fact]
    public void Find_RatePerChildren_KeepsItsIndicatorNameAndMultiplier()
    {
        var found = Assert.Single(IndicatorDiscovery.Find(["referrals_rate_per_10000_children", "referrals_count"], [DaIncidents]));

        Assert.Equal("referrals_rate_per_10000_children", found.Field);
        Assert.Equal(10000, found.Per);
        Assert.Equal("referrals_count", found.Count);
    }

    [Fact]
    public void Find_DeprivationFields_FollowTheRatesAsDecileAndMeans()
    {
        string[] properties = ["imd_weighted_mean", "imd_mean", "imd_decile", "police_rate_per_1000"];

        var found = IndicatorDiscovery.Find(properties, []);

        Assert.Equal(
            [("police_rate_per_1000", "rate"), ("imd_decile", "imd_decile"), ("imd_mean", "imd_mean"), ("imd_weighted_mean", "imd_mean")],
            found.Select(i => (i.Field, i.Kind)));
    }

    [Fact]
    public void Find_NoRateOrDeprivationField_FindsNothing()
    {
        var found = IndicatorDiscovery.Find(["area_code", "area_name", "population", "da_incidents_count", "rate_per_1000"], []);

        Assert.Empty(found);
    }
}
