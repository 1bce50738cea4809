using GeoNeeds.Engine.Io.Lookups;

namespace GeoNeeds.Engine.Tests.Io.Lookups;

public class AreaLookupReaderRealDataTests
{
    [SkippableFact]
    public void Read_OnsBestFitLookup_MapsEveryLsoaOfEnglandAndWalesToWardAndAuthority()
    {
        var path = SharedData.Require("lookups/LSOA11_WD19_LAD19_EW_best_fit.csv");

        var wards = AreaLookupReader.Read(path, "LSOA11CD", "WD19CD", "WD19NM");
        var authorities = AreaLookupReader.Read(path, "LSOA11CD", "LAD19CD", "LAD19NM");

        // shared/data/README.md: 34,753 rows, one per LSOA 2011 of England and Wales; first row E01012057 →
        // E05009862 Linthorpe, E06000002 Middlesbrough. Coventry (E08000026) has 195 LSOAs in 18 wards, as the
        // README's boundary files do (counted independently with Python's csv module).
        Assert.Equal(34_753, wards.Count);
        Assert.Equal(34_753, authorities.Count);
        Assert.Equal(new AreaParent("E05009862", "Linthorpe"), wards.ParentOf("E01012057"));
        Assert.Equal(new AreaParent("E06000002", "Middlesbrough"), authorities.ParentOf("E01012057"));
        var coventry = authorities.ChildrenOf("E08000026");
        Assert.Equal(195, coventry.Count);
        Assert.Equal(18, coventry.Select(lsoa => wards.ParentOf(lsoa)!.Code).Distinct().Count());
    }
}
