using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Viewer.Tests.Studies;

public class StudyContextTests
{
    [Theory]
    [InlineData(SourceFormat.Wimd2019, "WIMD 2019", "Wales", "Welsh Index of Multiple Deprivation 2019")]
    [InlineData(SourceFormat.Imd2019, "IMD 2019", "England", "Index of Multiple Deprivation 2019")]
    public void Deprivation_StudysFormat_NamesTheIndexAndNationItsDecilesComeFrom(SourceFormat format, string edition, string nation, string name)
    {
        var context = new StudyContext(DemoStudyRun.Result with { Definition = StudyReading(format) });

        Assert.Equal(edition, context.Deprivation!.Edition);
        Assert.Equal(nation, context.Deprivation.Nation);
        Assert.Equal(name, context.Deprivation.Name);
    }

    [Fact]
    public void DecileRateChart_WimdStudy_LabelsTheAxisWithTheWelshIndex()
    {
        var index = new StudyContext(DemoStudyRun.Result with { Definition = StudyReading(SourceFormat.Wimd2019) }).Deprivation!;

        var plot = DecileRateChart.Create(InequalityMeasure.Deciles([new AreaDeprivation("X01000001", 30, 1000, 1)], 1000), null, "Rate", new ChartText("Deciles"), $"{index.Edition} decile");

        Assert.Equal("WIMD 2019 decile (1 = most deprived)", plot.Axes.Bottom.Label.Text);
    }

    private static StudyDefinition StudyReading(SourceFormat deprivationFormat)
    {
        var study = StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml"));
        return study with { Deprivation = study.Deprivation! with { Format = deprivationFormat } };
    }
}
