using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class GraphicsValidatorTests
{
    [Fact]
    public void Load_DeclaredMapAndChart_ReadsEveryKey()
    {
        var study = Load("""
            graphics:
              maps: [{ level: ward, value: violence_rate_per_1000, classes: jenks, k: 4, palette: OrRd, title: "Violence", labels: true, format: svg }]
              charts: [{ kind: funnel, level: ward, indicator: violence }]
              defaults: false
            """);

        var map = Assert.Single(study.Graphics.Maps);
        Assert.Equal(("ward", "violence_rate_per_1000", "jenks", 4, "OrRd", "Violence", true, "svg"), (map.Level, map.Value, map.Classes, map.K, map.Palette, map.Title, map.Labels, map.Format));
        Assert.Equal(("funnel", "ward", "violence"), (study.Graphics.Charts[0].Kind, study.Graphics.Charts[0].Level, study.Graphics.Charts[0].Indicator));
        Assert.False(study.Graphics.Defaults);
    }

    [Fact]
    public void Load_NoGraphicsBlock_DrawsTheDefaults()
    {
        var study = Load("");

        Assert.True(study.Graphics.Defaults);
        Assert.Empty(study.Graphics.Maps);
    }

    [Fact]
    public void Load_MapOfUnknownLevel_NamesTheKeyAndTheLevels()
    {
        var error = Assert.Throws<InputDataException>(() => Load("graphics: { maps: [{ level: msoa, value: population }] }"));

        Assert.EndsWith("graphics.maps[0].level: no level is named 'msoa'; use one of lsoa, ward", error.Message);
    }

    [Fact]
    public void Load_MapOfUnknownColumn_ListsTheLevelsNumericColumns()
    {
        var error = Assert.Throws<InputDataException>(() => Load("graphics: { maps: [{ level: ward, value: violence_rate }] }"));

        Assert.Contains("graphics.maps[0].value: 'violence_rate' is not a numeric column of the ward table; use one of population, imd_mean, imd_weighted_mean, violence_count, violence_rate_per_1000,", error.Message);
    }

    [Fact]
    public void Load_MapOfBaseLevelDecile_IsAccepted()
    {
        var study = Load("graphics: { maps: [{ level: lsoa, value: imd_decile, classes: deciles }] }");

        Assert.Equal("imd_decile", study.Graphics.Maps[0].Value);
    }

    [Fact]
    public void Load_ChartOfUnknownIndicator_NamesTheKey()
    {
        var error = Assert.Throws<InputDataException>(() => Load("graphics: { charts: [{ kind: ranked, level: ward, indicator: theft }] }"));

        Assert.EndsWith("graphics.charts[0].indicator: no indicator is named 'theft'", error.Message);
    }

    [Fact]
    public void Load_MapInPdf_NamesTheFormats()
    {
        var error = Assert.Throws<InputDataException>(() => Load("graphics: { maps: [{ level: ward, value: population, format: pdf }] }"));

        Assert.EndsWith("graphics.maps[0].format: 'pdf' is not one of png, svg", error.Message);
    }

    private static StudyDefinition Load(string graphics)
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police-2025.csv", [1, 2, 3, 4]);
        fixture.Write("study.yaml", $"{StudyRunTests.StudyYaml}\n{graphics}\n");
        return StudyFile.Load(fixture.PathOf("study.yaml"));
    }
}
