using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Palettes;
using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Viewer.Tests.Studies;

public class DeclaredGraphicsTests
{
    [Fact]
    public void Draw_DemoStudyFile_WritesTheDeclaredJenksSvgMapOfWardRates()
    {
        var folder = TestFiles.NewFolder();

        var files = StudyGraphics.Draw(DemoStudyRun.Result, folder);

        Assert.Contains("maps/ward_da_incidents_rate_per_1000_jenks.svg", files);
        var svg = File.ReadAllText(Path.Combine(folder, "maps", "ward_da_incidents_rate_per_1000_jenks.svg"));
        Assert.Equal(DemoStudyRun.Level("ward").Table.Rows.Count, System.Text.RegularExpressions.Regex.Count(svg, "<path id=\"X05"));
        Assert.Contains("natural breaks (Jenks)", svg);
        Assert.Contains(ColorBrewer.Named("OrRd").Colours(5)[4].ToHex(), svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Draw_DefaultsOff_WritesOnlyTheDeclaredMapAndChart()
    {
        var declared = Declared(new MapDefinition { Level = "lsoa", Value = "imd_decile", Classes = "deciles" });
        var study = declared with
        {
            Graphics = declared.Graphics with { Defaults = false, Charts = [new ChartDefinition { Kind = "funnel", Level = "ward", Indicator = "da_incidents" }] },
        };

        var files = StudyGraphics.Draw(DemoStudyRun.Result with { Definition = study }, TestFiles.NewFolder());

        Assert.Equal(["maps/lsoa_imd_decile_deciles.png", "charts/ward_da_incidents_funnel.png", "charts/ward_da_incidents_funnel.svg"], files);
    }

    [Fact]
    public void Draw_UnknownPalette_NamesTheStudyFileKey()
    {
        var study = Declared(new MapDefinition { Level = "ward", Value = "population", Palette = "Rainbow" });

        var error = Assert.Throws<InputDataException>(() => StudyGraphics.Draw(DemoStudyRun.Result with { Definition = study }, TestFiles.NewFolder()));

        Assert.StartsWith($"{study.SourcePath}:graphics.maps[0].palette: Unknown palette 'Rainbow'", error.Message);
    }

    [Fact]
    public void Check_UnknownClasses_NamesTheStudyFileKey()
    {
        var study = Declared(new MapDefinition { Level = "ward", Value = "population", Classes = "natural" });

        var error = Assert.Throws<InputDataException>(() => StudyGraphics.Check(study));

        Assert.Contains("graphics.maps[0].classes: Unknown classification 'natural'", error.Message);
    }

    [Fact]
    public void Check_UnknownChartKind_ListsTheKinds()
    {
        var declared = Declared();
        var study = declared with { Graphics = declared.Graphics with { Charts = [new ChartDefinition { Kind = "pie", Level = "ward", Indicator = "da_incidents" }] } };

        var error = Assert.Throws<InputDataException>(() => StudyGraphics.Check(study));

        Assert.EndsWith("graphics.charts[0].kind: 'pie' is not one of ranked, quadrant, funnel, imd, trend", error.Message);
    }

    /// <summary>The demo study loaded afresh (the shared run's definition stays untouched) with only these maps declared.</summary>
    private static StudyDefinition Declared(params MapDefinition[] maps)
    {
        var study = StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml"));
        return study with { Graphics = new GraphicsDefinition { Maps = [.. maps] } };
    }
}
