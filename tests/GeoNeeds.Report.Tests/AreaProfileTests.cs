using GeoNeeds.Report.Reading;
using GeoNeeds.Report.Tables;

namespace GeoNeeds.Report.Tests;

/// <summary><c>--profile CODE</c>: one area's page, from the same published tables as the report.</summary>
public class AreaProfileTests
{
    private const string Caption = "Rates against the parent area and the study area";

    [Fact]
    public void Profile_OfAWard_SetsEachRateAgainstItsParentAndTheStudyArea_AsTheTablesPublishThem()
    {
        var html = ReportDocument.RenderProfile(StudyOutput.Open(DemoStudyOutput.Folder), "X05000001");

        // ward_benchmark.csv: Brinecombe 232.24 against Saltmere 179.71, worse; lad.csv: Saltmere 179.71.
        var row = HtmlParts.Row(html, Caption, "Violence, public order and criminal damage crimes per 1,000 residents");
        Assert.Equal(["3,518", "232.2", "224.6 to 240.0"], row.Skip(1).Take(3));
        Assert.Equal(["Saltmere", "179.7", "worse", "179.7"], row.Skip(5));
        Assert.Contains("<h1>Brinecombe (X05000001)</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_RanksTheAreaAmongItsLevelsPublishedRates_HighestFirst()
    {
        var html = ReportDocument.RenderProfile(StudyOutput.Open(DemoStudyOutput.Folder), "X05000006");

        // ward.csv: Netherdune's 278.9 is the highest of the twelve wards' police incident rates.
        Assert.Equal("1 of 12", HtmlParts.Row(html, Caption, "Violence, public order and criminal damage crimes per 1,000 residents")[4]);
    }

    [Fact]
    public void Profile_HasALocatorMapWithATitle()
    {
        var html = ReportDocument.RenderProfile(StudyOutput.Open(DemoStudyOutput.Folder), "X05000001");

        Assert.Contains("<title id=\"figure-1-title\">Where Brinecombe is</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_OfACodeNoLevelHolds_SaysItIsNotAnAreaOfTheStudy()
    {
        var error = Assert.Throws<ReportSourceException>(() => ReportDocument.RenderProfile(StudyOutput.Open(DemoStudyOutput.Folder), "E99999999"));

        Assert.Equal("E99999999 is not an area of the study: no level's table (lsoa.csv, ward.csv, lad.csv) has it in its area_code column.", error.Message);
    }

    [Fact]
    public void ProfileFileName_NamesThePageByTheCode() =>
        Assert.Equal("report-E05000001.html", ReportDocument.ProfileFileName("E05000001"));
}
