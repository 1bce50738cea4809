using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class StudyFileTests
{
    [Fact]
    public void Parse_SnakeCaseKeys_FillTheDefinition()
    {
        var study = StudyFile.Parse("""
            title: Test town
            levels:
              - name: lsoa
                boundaries: lsoa.geojson
                code_field: LSOA11CD
            inputs:
              - name: incidents
                files: [a.csv, b.csv]
                select: { categories: [Public order], flag_column: DA, flag_values: [Y] }
            indicators:
              - { name: da, input: incidents, per: 100000 }
            output: { suppress_below: 0 }
            """, "study.yaml");

        Assert.Equal("Test town", study.Title);
        Assert.Equal(["lsoa.geojson"], study.Levels[0].Boundaries);
        Assert.Equal("LSOA11CD", study.Levels[0].CodeField);
        Assert.Equal(["a.csv", "b.csv"], study.Inputs[0].Files);
        Assert.Equal("DA", study.Inputs[0].Select!.FlagColumn);
        Assert.Equal(100000, study.Indicators[0].Per);
        Assert.Equal(0, study.Output.SuppressBelow);
    }

    [Fact]
    public void Parse_UnknownKey_NamesFileAndLine()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: t\nlevels:\n  - name: lsoa\n    boundary: x.geojson\n", "study.yaml"));

        Assert.StartsWith("study.yaml:4:", error.Message);
        Assert.Contains("boundary", error.Message);
    }

    [Fact]
    public void Load_IndicatorOfUnknownInput_NamesTheKey()
    {
        var folder = TestFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.geojson"), "{}");
        var path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, "levels: [{ name: lsoa, boundaries: a.geojson }]\nindicators: [{ name: r, input: nothing }]\n");

        var error = Assert.Throws<InputDataException>(() => StudyFile.Load(path));

        Assert.Equal($"{path}:indicators.r.input: no input is named 'nothing'", error.Message);
    }

    [Fact]
    public void Load_InputPatternMatchingNoFile_SaysWhereItLooked()
    {
        var folder = TestFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.geojson"), "{}");
        var path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, "levels: [{ name: lsoa, boundaries: a.geojson }]\ninputs: [{ name: i, files: crime/*.csv }]\n");

        var error = Assert.Throws<InputDataException>(() => StudyFile.Load(path));

        Assert.Contains("inputs.i.files: no file matches 'crime/*.csv'", error.Message);
        Assert.Contains(folder, error.Message);
    }

    [Fact]
    public void ResolveFiles_Wildcard_ListsMatchesInOrdinalOrder()
    {
        var folder = TestFiles.NewFolder();
        foreach (var name in new[] { "2021-05-x-street.csv", "2021-04-x-street.csv", "notes.txt" })
        {
            File.WriteAllText(Path.Combine(folder, name), "");
        }

        var study = new StudyDefinition { BaseFolder = folder };

        var files = StudyFile.ResolveFiles(study, "*-street.csv").Select(Path.GetFileName);

        Assert.Equal(["2021-04-x-street.csv", "2021-05-x-street.csv"], files);
    }
}
