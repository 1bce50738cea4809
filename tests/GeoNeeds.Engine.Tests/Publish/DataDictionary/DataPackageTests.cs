using System.Text.Json;
using GeoNeeds.Engine.Publish.DataDictionary;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Publish.DataDictionary;

public class DataPackageTests
{
    private static readonly Lazy<string> DemoOutputs = new(() =>
    {
        var folder = TestFiles.NewFolder();
        StudyOutputs.Write(Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml"))), folder);
        return folder;
    });

    [Fact]
    public void Write_DemoStudy_DescribesEveryCsvColumnInOrderWithATypeAndADescription()
    {
        var folder = DemoOutputs.Value;
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();

        Assert.Equal("tabular-data-package", package.RootElement.GetProperty("profile").GetString());
        Assert.Equal(Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            resources.Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(File.ReadLines(Path.Combine(folder, path)).First().Split(','), fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "number", "boolean" }));
            Assert.DoesNotContain(fields, f => f.GetProperty("description").GetString()!.StartsWith("A column passed", StringComparison.Ordinal));
            Assert.Equal(["", "*"], resource.GetProperty("schema").GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
        }
    }

    [Fact]
    public void Write_DemoStudy_StatesTheSuppressionRuleAndTheSources()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoOutputs.Value, "datapackage.json")));

        Assert.StartsWith("counts 1 to 4 withheld (primary)", package.RootElement.GetProperty("suppression").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Synthetic demonstration data", package.RootElement.GetProperty("sources")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("saltmere-domestic-abuse-needs-assessment-synthetic-demo", package.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Describe_IndicatorRateColumn_UsesTheIndicatorsLabelAndItsMultiplierAsUnit()
    {
        var field = ColumnCatalogue.Describe("child_referrals_rate_per_10000_children", name => name == "child_referrals" ? "Referrals of children" : null);

        Assert.Equal(new TableField("child_referrals_rate_per_10000_children", "number", "Referrals of children: crude rate; empty when the count is withheld.", "per 10,000 children"), field);
    }

    [Theory]
    [InlineData("IMD 2019")]
    [InlineData("WIMD 2019")]
    public void Describe_DeprivationColumns_NameTheIndexTheDecilesComeFrom(string index)
    {
        Assert.Equal($"{index} decile of the LSOA (1 = most deprived 10%).", ColumnCatalogue.Describe("imd_decile", _ => null, index).Description);
        Assert.Equal($"Population-weighted mean {index} decile of the area's LSOAs.", ColumnCatalogue.Describe("imd_weighted_mean", _ => null, index).Description);
    }

    [Fact]
    public void LicencesIn_OpenGovernmentLicenceAttribution_NamesOglV3()
    {
        var licences = DataPackage.LicencesIn(["Contains public sector information licensed under the Open Government Licence v3.0."]);

        Assert.Equal("OGL-UK-3.0", Assert.Single(licences).Name);
    }
}
