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
    public void Parse_UnknownKey_SuggestsTheNearestAndListsTheAllowed()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: t\nlevels:\n  - name: lsoa\n    boundary: x.geojson\n", "study.yaml"));

        Assert.Equal("study.yaml:4:5: unknown key 'boundary' in levels[0]; did you mean 'boundaries'? Allowed: name, boundaries, code_field, name_field, table, query, geometry_column, layer_within_file, crs, kind, clip, include_terminated, rollup", error.Message);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_SaysTopLevel()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: t\nindicaters: []\n", "study.yaml"));

        Assert.Equal("study.yaml:2:1: unknown key 'indicaters' at the top level; did you mean 'indicators'? Allowed: title, levels, lookup, population, deprivation, postcodes, inputs, indicators, periods, baseline, compare, annualise, needs, output, graphics, database, attribution", error.Message);
    }

    [Fact]
    public void Parse_TextWhereANumberBelongs_NamesTheKeyPath()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("needs:\n  refuge: { level: lad, provided: { E1: lots } }\n", "study.yaml"));

        Assert.Equal("study.yaml:2:41: needs.refuge.provided.E1: expected a number, got 'lots'", error.Message);
    }

    [Fact]
    public void Parse_MisspeltFormat_ListsTheFormatsAndSuggestsOne()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("inputs:\n  - { name: i, format: police_uk }\n", "study.yaml"));

        Assert.Equal("study.yaml:2:24: inputs[0].format: expected one of police-uk, columns, got 'police_uk'; did you mean 'police-uk'?", error.Message);
    }

    [Fact]
    public void Parse_SeveralFaults_ReportsTheFirstAndCountsTheRest()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("output: { decimals: six, suppress_below: many }\ntitel: t\n", "study.yaml"));

        Assert.Equal("study.yaml:1:21: output.decimals: expected a whole number, got 'six' (and 2 more: geoneeds validate lists them all)", error.Message);
    }

    [Fact]
    public void Parse_CommaInAnUnquotedFlowValue_SaysToQuoteIt()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("indicators:\n  - { name: da, input: i, label: DA per 1,000 residents }\n", "study.yaml"));

        Assert.Equal("study.yaml:2:43: unknown key '000 residents' in indicators[0]: a comma inside { } ends a value; to keep it in label, quote it: label: \"DA per 1,000 residents\"", error.Message);
    }

    [Theory]
    [InlineData("data/demo-study.yaml")]
    [InlineData("src/GeoNeeds.Synthetic/demo-study.yaml")]
    [InlineData("examples/coventry-study.yaml")]
    [InlineData("examples/leicestershire-study.yaml")]
    public void Parse_StudyFilesOfTheRepository_ReadUnchanged(string file)
    {
        var path = Path.Combine(RepositoryFolder.Path, file);

        var study = StudyFile.Parse(File.ReadAllText(path), path);

        Assert.NotEmpty(study.Levels);
    }

    [Fact]
    public void Parse_EnumSpellings_ReadAsTheirValues()
    {
        var study = StudyFile.Parse("""
            levels: [{ name: ward, rollup: interior-point }]
            population: { path: p.csv, format: age-sex }
            inputs: [{ name: i, type: points, format: columns, join: area-code }, { name: r, type: referrals }]
            """, "study.yaml");

        Assert.Equal(RollupMethod.InteriorPoint, study.Levels[0].Rollup);
        Assert.Equal(SourceFormat.AgeSex, study.Population!.Format);
        Assert.Equal((InputType.Points, PointFormat.Columns, PointJoin.AreaCode), (study.Inputs[0].Type, study.Inputs[0].Format, study.Inputs[0].Join));
        Assert.Equal(InputType.Referrals, study.Inputs[1].Type);
    }

    [Fact]
    public void Parse_NotYaml_SaysWhere()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: [unclosed\n", "study.yaml"));

        Assert.StartsWith("study.yaml:2:1: not valid YAML: ", error.Message);
    }

    [Fact]
    public void Parse_KeyGivenTwice_SaysSo()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: a\ntitle: b\n", "study.yaml"));

        Assert.Equal("study.yaml:2:1: key 'title' is given twice", error.Message);
    }

    [Fact]
    public void Check_EveryFault_IsListed()
    {
        var folder = TestFiles.NewFolder();
        var path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, "output: { decimals: six, suppress_below: many }\ntitel: t\n");

        var (study, problems) = StudyFile.Check(path);

        Assert.Null(study);
        Assert.Equal(
            [
                "1:21: output.decimals: expected a whole number, got 'six'",
                "1:42: output.suppress_below: expected a whole number, got 'many'",
                "2:1: unknown key 'titel' at the top level; did you mean 'title'? Allowed: title, levels, lookup, population, deprivation, postcodes, inputs, indicators, periods, baseline, compare, annualise, needs, output, graphics, database, attribution",
            ],
            problems.Select(p => $"{p.Line}:{p.Column}: {p.Text}"));
    }

    [Fact]
    public void Load_IndicatorOfUnknownInput_NamesTheKey()
    {
        var folder = TestFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.geojson"), "{}");
        var path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, "levels: [{ name: lsoa, boundaries: a.geojson }]\nindicators: [{ name: r, input: nothing }]\n");

        var error = Assert.Throws<InputDataException>(() => StudyFile.Load(path));

        Assert.Equal($"{path}:2:32: indicators.r.input: no input is named 'nothing'", error.Message);
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

    [Fact]
    public void Parse_BracketLeftOpenAtTheEnd_PointsAtTheBracket()
    {
        // Found by fuzzing: the YAML reader threw InvalidOperationException, without a position, for a list left open
        // before a plain value at the start of the last line.
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: t\nlevels: [\nlsoa", "study.yaml"));

        Assert.Equal("study.yaml:2:9: not valid YAML: the text from here on cannot be read", error.Message);
    }

    [Fact]
    public void Parse_TwoAliasesInARow_SaysTheTextIsNotValidYaml()
    {
        // Found by fuzzing: the YAML reader threw ArgumentException; it stops after the line, so only the problem is asserted.
        var error = Assert.Throws<InputDataException>(() => StudyFile.Parse("title: *a *b\n", "study.yaml"));

        Assert.EndsWith(": not valid YAML: the text from here on cannot be read", error.Message);
    }
}
