using GeoNeeds.Engine.Export;
using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;
using NetTopologySuite.IO;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Maps;

public class ChoroplethMapTests
{
    private const int DaIncidents = 1;

    private static (MapDrawing Drawing, MapShading Shading, Dictionary<string, MapValue> Values) DemoWardMap()
    {
        var (level, table) = DemoStudyRun.Level("ward");
        var values = table.Rows.ToDictionary(r => r.Code, r => new MapValue(r.Indicators[DaIncidents].Rate.Value));
        var shading = MapShading.ByValue(values, ClassificationScheme.Parse("quantile", 5), ColorBrewer.Named("YlOrRd"));
        return (ChoroplethMap.Draw(level.Layer!, shading, new MapOptions("DA incidents", Width: 1000, Height: 800)), shading, values);
    }

    [Fact]
    public void Png_HighestRateWard_InteriorPointHasTopClassColour()
    {
        var (drawing, _, values) = DemoWardMap();
        var highest = values.MaxBy(v => v.Value.Value!.Value).Key;

        var pixel = PixelAtInteriorPoint(drawing, highest);

        Assert.Equal(ColorBrewer.Named("YlOrRd").Colours(5)[4].ToHex(), Hex(pixel));
    }

    [Fact]
    public void Png_LowestRateWard_InteriorPointHasBottomClassColour()
    {
        var (drawing, _, values) = DemoWardMap();
        var lowest = values.MinBy(v => v.Value.Value!.Value).Key;

        var pixel = PixelAtInteriorPoint(drawing, lowest);

        Assert.Equal(ColorBrewer.Named("YlOrRd").Colours(5)[0].ToHex(), Hex(pixel));
    }

    [Fact]
    public void Legend_DemoWards_QuantileRangesHighestFirstWithCounts()
    {
        var (drawing, _, values) = DemoWardMap();
        var breaks = QuantileBreaks.Of(values.Values.Select(v => v.Value!.Value), 5);
        var expected = Enumerable.Range(0, 5).Reverse()
            .Select(i => $"{breaks.Bounds[i].ToString("N1", System.Globalization.CultureInfo.InvariantCulture)} – {breaks.Bounds[i + 1].ToString("N1", System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(expected, drawing.Legend.Select(e => e.Label));
        Assert.Equal(12, drawing.Legend.Sum(e => e.Count));
        Assert.Equal(values.Values.Count(v => v.Value <= breaks.Bounds[1]), drawing.Legend[^1].Count);
    }

    [Fact]
    public void Svg_DemoWards_OnePathPerAreaWithItsCodeAsId()
    {
        var (level, _) = DemoStudyRun.Level("ward");
        var (drawing, _, _) = DemoWardMap();

        var svg = System.Xml.Linq.XDocument.Parse(drawing.Svg());
        var ids = svg.Descendants().Where(e => e.Name.LocalName == "path" && (string?)e.Attribute("class") == "area").Select(e => (string?)e.Attribute("id")).ToList();

        Assert.Equal(level.Layer!.Areas.Select(a => a.Code).Order(), ids.Order());
    }

    [Fact]
    public void Legend_SuppressedAndMissingAreas_LabelledAndCounted()
    {
        var (level, table) = DemoStudyRun.Level("lsoa");
        var values = table.Rows.Skip(1).ToDictionary(r => r.Code, r => new MapValue(r.Indicators[DaIncidents].Rate.Value, SmallCountSuppression.IsSuppressed(r.Indicators[DaIncidents].Count, 5)));
        var shading = MapShading.ByValue(values, ClassificationScheme.Parse("equal", 4), ColorBrewer.Named("Blues"));

        var drawing = ChoroplethMap.Draw(level.Layer!, shading, new MapOptions("Test", Width: 800, Height: 600));

        var suppressed = drawing.Legend.Single(e => e.Label == "Withheld (small count or protecting one)");
        Assert.True(suppressed.Hatched);
        Assert.Equal(values.Values.Count(v => v.Suppressed), suppressed.Count);
        Assert.Equal(1, drawing.Legend.Single(e => e.Label == "No data").Count);
    }

    [Fact]
    public void Draw_LonLatSquareOfDegrees_DrawnNarrowAsOnTheGround()
    {
        // 0.1° × 0.1° at 52°N is about 6.9 km east-west by 11.1 km north-south: on a projected map its width is
        // cos 52° ≈ 0.62 of its height. Drawing degrees as they come would make it square. Tolerance 0.02.
        var square = new WKTReader().Read("POLYGON ((-1.6 52.3, -1.5 52.3, -1.5 52.4, -1.6 52.4, -1.6 52.3))");
        var layer = new Engine.Geo.AreaLayer("test", Engine.Geo.CoordinateSystem.Wgs84, [new Engine.Geo.Area("X01000001", "Square", square)]);
        var shading = new MapShading([new MapClass("all", ScottPlot.Colors.Black)], new Dictionary<string, AreaShade> { ["X01000001"] = AreaShade.Class(0) }, "test");

        var drawing = ChoroplethMap.Draw(layer, shading, new MapOptions("Square", Width: 800, Height: 800));

        var page = MapProjection.ToBritishNationalGrid(layer).Areas[0].Geometry.Coordinates.Select(c => drawing.Frame.ToPage(c.X, c.Y)).ToList();
        var ratio = (page.Max(p => p.X) - page.Min(p => p.X)) / (page.Max(p => p.Y) - page.Min(p => p.Y));
        Assert.InRange(ratio, 0.60, 0.64);
    }

    [Fact]
    public void Draw_LabelsAsked_EveryDemoWardNamed()
    {
        var (level, table) = DemoStudyRun.Level("ward");
        var shading = MapShading.ByDecile(table.Rows.ToDictionary(r => r.Code, r => r.DeprivationMean));

        var drawing = ChoroplethMap.Draw(level.Layer!, shading, new MapOptions("IMD", Labels: true));

        Assert.Equal(table.Rows.Select(r => r.Name).Order(), drawing.LabelsShown.Order());
    }

    [Fact]
    public void Draw_NameFarWiderThanItsArea_LeftUnlabelled()
    {
        // A 10 km square beside a 100 m sliver, both in British National Grid: on an 800-pixel page the sliver
        // is a few pixels wide, so its long name would lie across the square and read as the square's.
        var reader = new WKTReader();
        Engine.Geo.Area[] areas =
        [
            new("X01000001", "Big", reader.Read("POLYGON ((430000 280000, 440000 280000, 440000 290000, 430000 290000, 430000 280000))")),
            new("X01000002", "A sliver with a very long name", reader.Read("POLYGON ((440000 280000, 440100 280000, 440100 290000, 440000 290000, 440000 280000))")),
        ];
        var layer = new Engine.Geo.AreaLayer("test", Engine.Geo.CoordinateSystem.BritishNationalGrid, areas);
        var shading = new MapShading([new MapClass("all", ScottPlot.Colors.Gray)], areas.ToDictionary(a => a.Code, _ => AreaShade.Class(0)), "test");

        var drawing = ChoroplethMap.Draw(layer, shading, new MapOptions("Labels", Labels: true, Width: 800, Height: 800));

        Assert.Equal(["Big"], drawing.LabelsShown);
    }

    [Fact]
    public void Draw_EmptyLayer_Throws()
    {
        var layer = new Engine.Geo.AreaLayer("empty", Engine.Geo.CoordinateSystem.BritishNationalGrid, []);

        var error = Assert.Throws<ArgumentException>(() => ChoroplethMap.Draw(layer, MapShading.ByDecile(new Dictionary<string, double?>()), new MapOptions("x")));

        Assert.StartsWith("Layer 'empty' has no areas to map.", error.Message, StringComparison.Ordinal);
    }

    private static SKColor PixelAtInteriorPoint(MapDrawing drawing, string code)
    {
        var (level, _) = DemoStudyRun.Level("ward");
        var point = level.Layer!.Find(code)!.Geometry.InteriorPoint.Coordinate;
        var page = drawing.Frame.ToPage(point.X, point.Y);
        using var bitmap = SKBitmap.Decode(drawing.Png());
        return bitmap.GetPixel((int)page.X, (int)page.Y);
    }

    private static string Hex(SKColor colour) => $"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}";
}
