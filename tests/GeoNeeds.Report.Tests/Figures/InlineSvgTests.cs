using GeoNeeds.Report.Figures;

namespace GeoNeeds.Report.Tests.Figures;

public class InlineSvgTests
{
    private const string Chart = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><defs><clipPath id="c1"><rect width="5" height="5"/></clipPath></defs><rect fill="#e34a33" clip-path="url(#c1)"/><use href="#c1"/></svg>
        """;

    [Fact]
    public void Of_PutsTheTitleFirstAndNamesTheFigureAnImage()
    {
        var svg = InlineSvg.Of(Chart, "Rates by ward", "figure-3");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"figure-3-title\"><title id=\"figure-3-title\">Rates by ward</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_GivesASvgWithoutViewBoxOneFromItsSize()
    {
        Assert.Contains("viewBox=\"0 0 1200 600\"", InlineSvg.Of(Chart, "t", "figure-1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_PrefixesIdsAndTheReferencesToThem_ButNotColours()
    {
        var svg = InlineSvg.Of(Chart, "t", "figure-2");

        Assert.Contains("id=\"figure-2-c1\"", svg, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#figure-2-c1)\"", svg, StringComparison.Ordinal);
        Assert.Contains("href=\"#figure-2-c1\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#e34a33\"", svg, StringComparison.Ordinal);
    }
}
