using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Stats.Spatial;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Indicators;

/// <summary>
/// Hot spots of the synthetic town Saltmere (data/, committed): incidents there follow residents × e^(1.4 × deprivation)
/// from a deprivation surface with two peaks near the centre (data/README.md), so the LSOA rates must cluster where
/// the IMD deciles are low (1 = most deprived).
/// </summary>
public class DemoTownHotSpotTests
{
    private static readonly Lazy<(HotSpotResult HotSpots, Dictionary<string, double> Deciles)> Lsoas = new(() =>
    {
        var study = Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml")));
        var lsoa = study.Tables[0];
        var values = new AreaValueTable("lsoa.csv", "area_code", "police_incidents_rate_per_1000",
            [.. lsoa.Rows.Select((row, i) => new AreaValue(row.Code, row.Indicators[0].Rate.Value!.Value, i + 2))]);
        var boundaries = Path.Combine(RepositoryFolder.Path, "data", "boundaries", "lsoa.geojson");
        var layer = BoundaryReader.Read(boundaries, new BoundaryReadOptions { CodeField = "LSOA_CODE" });
        return (HotSpotAnalysis.Run(layer, boundaries, values), lsoa.Rows.ToDictionary(row => row.Code, row => row.DeprivationMean!.Value));
    });

    [Fact]
    public void Run_DemoLsoaIncidentRates_HighHighClusterLiesInTheMostDeprivedAreas()
    {
        var (hotSpots, deciles) = Lsoas.Value;

        var highHigh = hotSpots.Rows.Where(row => row.LocalMoran.Label == ClusterLabel.HighHigh).ToList();

        Assert.True(highHigh.Count >= 5, $"{highHigh.Count} HH areas");
        Assert.All(highHigh, row => Assert.True(deciles[row.Code] <= 4, $"{row.Code} is HH with IMD decile {deciles[row.Code]}"));
        Assert.All(highHigh, row => Assert.True(row.GiStar.Z > 1.96, $"{row.Code} is HH with Gi* z {row.GiStar.Z}"));
    }

    [Fact]
    public void Run_DemoLsoaIncidentRates_LowLowClusterLiesInTheLeastDeprivedAreas()
    {
        var (hotSpots, deciles) = Lsoas.Value;

        var lowLow = hotSpots.Rows.Where(row => row.LocalMoran.Label == ClusterLabel.LowLow).ToList();

        Assert.NotEmpty(lowLow);
        Assert.True(lowLow.Average(row => deciles[row.Code]) >= 7, $"mean LL decile {lowLow.Average(row => deciles[row.Code])}");
    }

    [Fact]
    public void Run_DemoLsoaIncidentRates_GlobalMoranIsStronglyPositive()
    {
        var global = Lsoas.Value.HotSpots.Global;

        Assert.True(global.I > 0.5, $"I = {global.I}");
        Assert.Equal(0.001, global.PPermutation, 12);
        Assert.Empty(Lsoas.Value.HotSpots.Warnings);
    }
}
