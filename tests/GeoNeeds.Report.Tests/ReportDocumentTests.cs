using System.Text.RegularExpressions;
using GeoNeeds.Report.Reading;
using GeoNeeds.Report.Tables;

namespace GeoNeeds.Report.Tests;

/// <summary>The rendered report of the demo study and of small hand-made folders: what it holds, and how it is built for every reader.</summary>
public class ReportDocumentTests
{
    [Fact]
    public void DemoReport_HasEveryChapterTheDemoHasTablesFor_InNeedsAssessmentOrder()
    {
        string[] expected =
        [
            "summary", "population", "incidents", "referrals", "prevalence", "provision", "inequality", "hotspots",
            "comparators", "outcomes", "trends", "methods", "sources", "suppression", "accounting",
        ];

        Assert.Equal(expected, HtmlParts.Chapters(DemoStudyOutput.Report));
    }

    [Fact]
    public void ReportOfLevelTablesOnly_LeavesOutTheChaptersItHasNoTablesFor()
    {
        var html = ReportDocument.Render(StudyOutput.Open(SmallStudyOutput.Folder("X05000001,North,1000,12,12.0,6.2,21.0,byar")));

        Assert.Equal(["summary", "population", "incidents", "methods", "sources", "suppression", "accounting"], HtmlParts.Chapters(html));
    }

    [Fact]
    public void ReportOfAStudyAreaOfSeveralAreas_LeavesOutTheKeyFigures()
    {
        var html = ReportDocument.Render(StudyOutput.Open(SmallStudyOutput.Folder("X05000001,North,1000,12,12.0,6.2,21.0,byar", "X05000002,South,900,6,6.7,2.4,14.5,exact")));

        Assert.Equal(["population", "incidents", "methods", "sources", "suppression", "accounting"], HtmlParts.Chapters(html));
    }

    [Fact]
    public void DemoReport_HasOneH1AndNoHeadingSkipsALevel()
    {
        var levels = HtmlParts.HeadingLevels(DemoStudyOutput.Report);

        Assert.Equal(1, levels[0]);
        Assert.Single(levels, 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.Second} follows h{pair.First}"));
    }

    [Fact]
    public void DemoReport_EveryTableHasACaptionColumnHeadersAndRowHeaders()
    {
        var tables = HtmlParts.Tables(DemoStudyOutput.Report);

        Assert.True(tables.Count > 20, $"only {tables.Count} tables");
        Assert.All(tables, table =>
        {
            Assert.Contains("<caption>", table, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"col\"", table, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"row\">", table, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DemoReport_EverySvgFigureIsAnImageWithATitleFirst()
    {
        var svgs = HtmlParts.SvgOpenings(DemoStudyOutput.Report);

        Assert.True(svgs.Count > 20, $"only {svgs.Count} figures");
        Assert.All(svgs, svg =>
        {
            Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
            Assert.EndsWith("<title", svg, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DemoReport_FetchesNothingAndRunsNoScript()
    {
        var html = DemoStudyOutput.Report;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//|url\\((['\"])?(https?:)?//", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void DemoReport_IdsAreUnique()
    {
        var ids = Regex.Matches(DemoStudyOutput.Report, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void WithheldCount_IsPrintedAsTheCsvMarkWithItsFootnote_AndItsRateIsEmpty()
    {
        var folder = SmallStudyOutput.Folder("X05000001,North,1000,12,12.0,6.2,21.0,byar", "X05000002,South,900,*,,,,suppressed");

        var html = ReportDocument.Render(StudyOutput.Open(folder));

        var caption = "Domestic abuse incidents per 1,000 residents, by ward";
        Assert.Equal(["South", "900", "*", "–", "–", "–"], HtmlParts.Row(html, caption, "South"));
        Assert.Equal(["North", "1,000", "12", "12.0", "6.2", "21.0"], HtmlParts.Row(html, caption, "North"));
        Assert.Contains("withheld to protect a small count", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoReport_PrintsEveryWardCountAsWard_csvPublishesIt()
    {
        var table = Viewer.Tables.ValueTable.Read(Path.Combine(DemoStudyOutput.Folder, "ward.csv"));
        var names = table.Texts("area_name");
        var counts = table.Texts("referrals_count");

        var caption = "Referrals to domestic abuse services per 10,000 residents, by ward";
        Assert.All(names.Select((name, i) => (name, i)), area =>
            Assert.Equal(CellText.Of(counts[area.i], CellKind.Count), HtmlParts.Row(DemoStudyOutput.Report, caption, area.name)[2]));
    }

    [Fact]
    public void DemoReport_NamesIndicatorsByTheirLabels_InTheCorrelationAndHotSpotTables()
    {
        const string label = "Domestic abuse-flagged incidents per 1,000 residents";

        var correlation = HtmlParts.Row(DemoStudyOutput.Report, "Correlation of each rate with deprivation", label);
        var moran = HtmlParts.Row(DemoStudyOutput.Report, "Global Moran&#x27;s I", label); // the caption as Razor encodes it

        Assert.Equal([label, "lsoa", "IMD decile"], correlation.Take(3));
        Assert.Equal([label, "lsoa"], moran.Take(2));
    }
}
