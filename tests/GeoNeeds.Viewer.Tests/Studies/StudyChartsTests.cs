using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Viewer.Tests.Studies;

public class StudyChartsTests
{
    [Fact]
    public void Quadrant_DemoWards_PlotsTheRateAfterAndChangeOfTheStudysChangeTable()
    {
        var context = new StudyContext(DemoStudyRun.Result);
        var ward = context.Levels.Single(l => l.Name == "ward");
        var indicator = context.Study.Indicators.ToList().FindIndex(d => d.Name == "da_incidents");

        var plot = StudyCharts.Create(context, ward, indicator, "quadrant", title: null)!.Value.Plot;

        // ward_change.csv columns: indicator, area_code, area_name, count_before, count_after, population, change, change_pct, rate_after, quadrant.
        var published = DemoStudyRun.Result.Needs.Single(t => t.FileName == "ward_change.csv").Rows
            .Where(r => (string)r[0]! == "da_incidents" && r[3] is double && r[7] is double && r[8] is double)
            .Select(r => ((double)r[8]!, (double)r[7]!))
            .ToList();
        var plotted = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints().Select(p => (p.X, p.Y)).ToList();
        Assert.NotEmpty(published);
        Assert.Equal(published, plotted);
    }
}
