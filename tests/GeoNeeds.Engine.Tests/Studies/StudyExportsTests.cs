using System.Globalization;
using System.Text.Json;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>The demo study's spatial exports and CSVs as <see cref="StudyOutputs"/> writes them (the demo turns every export on).</summary>
public class StudyExportsTests
{
    private static readonly Lazy<StudyResult> Demo = new(() => Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml"))));

    /// <summary>The folder the demo run's outputs are written to, shared with <see cref="StudyExportsGdalTests"/>.</summary>
    internal static readonly Lazy<string> Outputs = new(() => Written(Demo.Value));

    private static readonly Lazy<string> ExcelOutputs = new(() => Written(Demo.Value with
    {
        Definition = Demo.Value.Definition with { Output = Demo.Value.Definition.Output with { Excel = true } },
    }));

    [Fact]
    public void Write_DemoStudy_WritesTheGeoPackageTopoJsonAndSimplifiedGeoJsonOfEveryLevel()
    {
        var summary = File.ReadAllText(Path.Combine(Outputs.Value, "run-summary.json"));

        string[] expected = ["areas.gpkg", .. new[] { "lsoa", "ward", "lad" }.SelectMany(l => new[] { $"web/{l}.topojson", $"web/{l}.geojson" })];
        Assert.All(expected, file => Assert.True(File.Exists(Path.Combine(Outputs.Value, file)), file));
        Assert.All(expected, file => Assert.Contains($"\"{file}\"", summary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lsoa.geojson")]
    [InlineData("web/ward.geojson")]
    public void Write_DemoGeoJson_FeatureIdIsTheAreaCode(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Outputs.Value, file)));

        Assert.All(document.RootElement.GetProperty("features").EnumerateArray(), f =>
            Assert.Equal(f.GetProperty("properties").GetProperty("area_code").GetString(), f.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("lsoa.geojson")]
    [InlineData("web/lsoa.topojson")]
    public void Write_DemoSpatialProperties_HaveAtMostTheStudysSixDecimals(string file)
    {
        var numbers = Properties(file).SelectMany(p => p.EnumerateObject()).Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => p.Value.GetRawText()).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(n.IndexOf('.', StringComparison.Ordinal) is var dot && (dot < 0 || n.Length - dot - 1 <= 6), n));
    }

    [Fact]
    public void Write_DemoGeoJson_FlagsExactlyTheCountsTheCsvMarksWithheld()
    {
        var csv = CsvRows.Read(Path.Combine(Outputs.Value, "lsoa.csv"));
        var features = Properties("lsoa.geojson");

        Assert.Equal(csv.Count, features.Count);
        Assert.Contains(csv, r => r.Values.Contains("*"));
        foreach (var indicator in Demo.Value.Definition.Indicators.Select(i => i.Name))
        {
            var marked = csv.Select(r => r[$"{indicator}_count"] == "*").ToList();
            Assert.Equal(marked, features.Select(f => f.GetProperty($"{indicator}_count_suppressed").GetBoolean()));
            Assert.All(features.Where(f => f.GetProperty($"{indicator}_count_suppressed").GetBoolean()), f => Assert.Equal(JsonValueKind.Null, f.GetProperty($"{indicator}_count").ValueKind));
        }
    }

    [Fact]
    public void Write_DemoCsvs_CarryNoFloatNoise()
    {
        // A double holds 15 significant decimal digits faithfully; a 16th or 17th is arithmetic error (288.29999999999995).
        var fields = Directory.GetFiles(Outputs.Value, "*.csv").SelectMany(File.ReadLines).SelectMany(l => l.Split(','))
            .Where(f => double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && f.Contains('.', StringComparison.Ordinal));

        Assert.All(fields, f => Assert.True(f.Split('E')[0].TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length <= 15, f));
    }

    [Fact]
    public void Write_ExcelCsv_StartsWithTheByteOrderMarkAndFlagsWithheldCountsInsteadOfMarkingThem()
    {
        var path = Path.Combine(ExcelOutputs.Value, "lsoa.csv");
        var header = File.ReadLines(path).First();

        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        Assert.Contains("police_incidents_count,police_incidents_count_suppressed,police_incidents_rate_per_1000", header, StringComparison.Ordinal);
        Assert.DoesNotContain(",*,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("input,area_code,month,category,count,count_suppressed", File.ReadLines(Path.Combine(ExcelOutputs.Value, "lsoa_monthly.csv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ExcelCsv_OutcomeTablesAreWrittenForExcelToo()
    {
        var path = Path.Combine(ExcelOutputs.Value, "outcomes_adult_intake_profile.csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        Assert.StartsWith("measure,category,count,count_suppressed,n,n_suppressed,percent,", File.ReadLines(path).First(), StringComparison.Ordinal);
        Assert.DoesNotContain(",*,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ExcelCsv_RoundsToTheStudysDecimals()
    {
        var rates = CsvRows.Read(Path.Combine(ExcelOutputs.Value, "lsoa.csv")).Select(r => r["police_incidents_rate_per_1000"]).Where(r => r.Length > 0).ToList();

        Assert.NotEmpty(rates);
        Assert.All(rates, r => Assert.True(r.IndexOf('.', StringComparison.Ordinal) is var dot && (dot < 0 || r.Length - dot - 1 <= 6), r));
    }

    [Fact]
    public void Write_DataDictionary_DescribesTheSpatialLayersAndTheirSuppressedFlags()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Outputs.Value, "datapackage.json")));

        var lsoa = package.RootElement.GetProperty("spatial").EnumerateArray().First(l => l.GetProperty("name").GetString() == "lsoa");
        Assert.Equal(["lsoa.geojson", "web/lsoa.topojson", "web/lsoa.geojson", "areas.gpkg#lsoa"], lsoa.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        var flag = lsoa.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == "referrals_count_suppressed");
        Assert.Equal("boolean", flag.GetProperty("type").GetString());
        Assert.StartsWith("true when referrals_count is withheld", flag.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static List<JsonElement> Properties(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Outputs.Value, file)));
        var root = document.RootElement;
        var features = root.GetProperty("type").GetString() == "Topology"
            ? root.GetProperty("objects").EnumerateObject().First().Value.GetProperty("geometries").EnumerateArray()
            : root.GetProperty("features").EnumerateArray();
        return [.. features.Select(f => f.GetProperty("properties").Clone())];
    }

    private static string Written(StudyResult result)
    {
        var folder = TestFiles.NewFolder();
        StudyOutputs.Write(result, folder);
        return folder;
    }
}
