using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

public class OutputIndexReaderTests
{
    [Fact]
    public void Read_DemoOutputs_ListsLevelsInTheRunsOrderWithTheirAreaCounts()
    {
        var index = new OutputIndexReader(new OutputFolder(DemoOutputs.Folder)).Read();

        Assert.Equal([("lsoa", 100), ("ward", 12), ("lad", 1)], index.Levels.Select(l => (l.Name, l.Areas)));
        Assert.Equal("Saltmere domestic abuse needs assessment (synthetic demo)", index.Title);
        Assert.Equal(5, index.SuppressBelow);
        Assert.Empty(index.Problems);
    }

    [Fact]
    public void Read_DemoWards_HaveEveryRateThenTheImdMeansThenTheHotSpotsThenThePeriods()
    {
        var index = new OutputIndexReader(new OutputFolder(DemoOutputs.Folder)).Read();

        var ward = index.Levels.Single(l => l.Name == "ward");
        Assert.Equal(
            ["police_incidents_rate_per_1000", "da_incidents_rate_per_1000", "referrals_rate_per_10000", "imd_mean", "imd_weighted_mean",
                "police_incidents_hotspot", "da_incidents_hotspot", "referrals_hotspot",
                "police_incidents_rate_per_1000@2023", "police_incidents_rate_per_1000@2024", "police_incidents_rate_per_1000@2025", "police_incidents_rate_per_1000@baseline"],
            ward.Indicators.Select(i => i.Field));
        Assert.Equal("ward.csv", ward.Table);
        Assert.Equal("Domestic abuse-flagged incidents per 1,000 residents", ward.Indicators[1].Label);
    }

    [Fact]
    public void Read_LayerThatIsNotJson_IsListedWithItsProblemAndTheOthersShown()
    {
        var folder = OutputFixture.Folder(("lsoa.geojson", "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ oops ]\n}"), ("ward.geojson", OutputFixture.Layer([])));

        var index = new OutputIndexReader(new OutputFolder(folder)).Read();

        var problem = Assert.Single(index.Problems);
        Assert.StartsWith("lsoa.geojson:3: not a GeoJSON layer the viewer can show: ", problem);
        Assert.Equal([("lsoa", problem), ("ward", null)], index.Levels.Select(l => (l.Name, l.Problem)));
    }

    [Fact]
    public void Read_JsonThatIsNotAFeatureCollection_IsAProblemWithoutALine()
    {
        var folder = OutputFixture.Folder(("ward.geojson", "{\"type\": \"Topology\"}"));

        var index = new OutputIndexReader(new OutputFolder(folder)).Read();

        Assert.Equal(
            "ward.geojson: not a GeoJSON layer the viewer can show: not a GeoJSON FeatureCollection: no \"features\" array",
            Assert.Single(index.Problems));
    }

    [Fact]
    public void Read_BrokenRunSummary_IsAProblemAndTheFolderNameIsTheTitle()
    {
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer([])), ("run-summary.json", "{ \"study\": "));

        var index = new OutputIndexReader(new OutputFolder(folder)).Read();

        Assert.Equal(Path.GetFileName(folder), index.Title);
        Assert.StartsWith("run-summary.json:1: not a run summary, so indicator labels and the title are missing: ", Assert.Single(index.Problems));
    }

    [Fact]
    public void Read_HotSpotTableWithoutClusterColumn_IsAProblemAndTheLevelStillShown()
    {
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer([])), ("ward_hotspots.csv", "indicator,area_code,moran_p\nda,X1,0.5\n"));

        var index = new OutputIndexReader(new OutputFolder(folder)).Read();

        var problem = Assert.Single(index.Problems);
        Assert.StartsWith("ward_hotspots.csv:", problem);
        Assert.Contains("cluster", problem);
        Assert.EndsWith("(hot spots not shown)", problem);
        Assert.Equal(["ward"], index.Levels.Select(l => l.Name));
    }

    [Fact]
    public void Read_LayerWrittenAfterTheFirstRead_IsInTheNextIndex()
    {
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer([])));
        var reader = new OutputIndexReader(new OutputFolder(folder));
        var before = reader.Read();

        File.WriteAllText(Path.Combine(folder, "lsoa.geojson"), OutputFixture.Layer([], []));
        var after = reader.Read();

        Assert.Equal(["ward"], before.Levels.Select(l => l.Name));
        Assert.Equal([("lsoa", 2), ("ward", 0)], after.Levels.Select(l => (l.Name, l.Areas)));
    }
}
