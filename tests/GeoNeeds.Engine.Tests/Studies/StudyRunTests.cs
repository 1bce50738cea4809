using System.Text.Json;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class StudyRunTests
{
    /// <summary>The fixture's study: two levels, population, deprivation and one violence indicator.</summary>
    internal const string StudyYaml = """
        title: Fixture
        levels:
          - { name: lsoa, boundaries: lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
          - { name: ward, boundaries: wards.geojson, code_field: WARD_CODE, name_field: WARD_NAME }
        population: { path: population.csv, format: age-sex }
        deprivation: { path: imd.csv, format: imd2019 }
        inputs:
          - name: incidents
            files: police-*.csv
            select: { categories: [Violence and sexual offences] }
        indicators:
          - { name: violence, input: incidents, per: 1000 }
        output: { suppress_below: 5 }
        attribution: [Test attribution line]
        """;

    private static (StudyFixture Fixture, StudyResult Result) RunFixture(params string[] extraPoliceLines)
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police-2025.csv", [12, 3, 0, 40], extraPoliceLines);
        fixture.Write("study.yaml", StudyYaml);
        return (fixture, Study.Run(StudyFile.Load(fixture.PathOf("study.yaml"))));
    }

    [Fact]
    public void Run_PublishingAreaCountsOnly_DecidesDisclosureOverTheFirstLevelsCountsAndTheTotalAlone()
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police-2025.csv", [12, 3, 0, 40]);
        fixture.Write("study.yaml", StudyYaml);
        var study = StudyFile.Load(fixture.PathOf("study.yaml")) with { PublishesAreaCountsOnly = true };

        var result = Study.Run(study);

        // The four LSOAs and the total: 3 is withheld, and with the total shown one more LSOA must be (12, the least).
        Assert.Equal(5, result.Disclosure.CountsDecided);
        Assert.Equal((1, 1), (result.Disclosure.PrimaryCount, result.Disclosure.ComplementaryCount));
        Assert.True(result.Disclosure.IsSuppressed(CountCellKey.Whole("incidents", "lsoa", "X01000002")));
        Assert.True(result.Disclosure.IsSuppressed(CountCellKey.Whole("incidents", "lsoa", "X01000001")));
        Assert.False(result.Disclosure.IsSuppressed(CountCellKey.Whole("incidents", "lsoa", "X01000004")));
    }

    [Fact]
    public void Run_LsoaLevel_CountsRatesPopulationAndDecilePerArea()
    {
        var (_, result) = RunFixture();

        var lsoa = result.Tables[0].Find("X01000001")!;
        Assert.Equal(1000, lsoa.Population);
        Assert.Equal(1, lsoa.DeprivationMean);
        Assert.Equal(12, lsoa.Indicators[0].Count);
        Assert.Equal(12.0, lsoa.Indicators[0].Rate.Value!.Value, 9);   // 12 / 1,000 × 1,000
        Assert.Equal("byar", lsoa.Indicators[0].Rate.Method);
        Assert.Equal("exact", result.Tables[0].Find("X01000002")!.Indicators[0].Rate.Method);
    }

    [Fact]
    public void Run_WardLevel_SumsMemberLsoasAndAveragesTheirDeciles()
    {
        var (_, result) = RunFixture();

        var west = result.Tables[1].Find("X05000001")!;
        Assert.Equal(2000, west.Population);
        Assert.Equal(2.0, west.DeprivationMean);            // mean of deciles 1 and 3
        Assert.Equal(2.0, west.DeprivationWeightedMean);    // equal populations
        Assert.Equal(15, west.Indicators[0].Count);
        Assert.Equal(7.5, west.Indicators[0].Rate.Value!.Value, 9); // 15 / 2,000 × 1,000
        Assert.Equal(7.5, result.Tables[1].Find("X05000002")!.DeprivationMean);
    }

    [Fact]
    public void Run_EveryRowIsAccountedFor_ReadEqualsMatchedPlusRejected()
    {
        var (_, result) = RunFixture(
            "nolocation,2025-04,Test Police,Test Police,,,No location,,,Violence and sexual offences,,",
            "faraway,2025-04,Test Police,Test Police,-3.2,54.05,On or near Far Away,E99999999,Far 001A,Violence and sexual offences,,",
            "asb,2025-04,Test Police,Test Police,-1.55,52.42,On or near Test Street,X01000001,Test 1,Anti-social behaviour,,");

        var account = result.Inputs[0].Account;
        Assert.True(account.Balances);
        Assert.Equal(58, account.Read);
        Assert.Equal(55, account.Matched);
        Assert.Equal(1, account.RejectedByReason[RejectionReason.NoLocation]);
        Assert.Equal(1, account.RejectedByReason[RejectionReason.OutsideStudyArea]);
        Assert.Equal(1, account.RejectedByReason[RejectionReason.NotSelected]);
    }

    [Fact]
    public void Run_PoliceUkLsoaColumn_AgreementIsReported()
    {
        var (_, result) = RunFixture();

        Assert.Equal(55, result.Inputs[0].Agreement!.Compared);
        Assert.Equal(1.0, result.Inputs[0].Agreement!.RowAgreement);
    }

    [Fact]
    public void Write_Outputs_TablesGeoJsonRejectionsSummaryWithSuppression()
    {
        var (fixture, result) = RunFixture("nolocation,2025-04,Test Police,Test Police,,,No location,,,Violence and sexual offences,,");
        var folder = Path.Combine(fixture.Folder, "out");

        var summary = StudyOutputs.Write(result, folder);

        var lsoaCsv = File.ReadAllLines(Path.Combine(folder, "lsoa.csv"));
        Assert.Equal("area_code,area_name,population,imd_decile,violence_count,violence_rate_per_1000,violence_lower_95,violence_upper_95,violence_lower_998,violence_upper_998,violence_method,notes", lsoaCsv[0]);
        Assert.StartsWith("X01000002,Test 2,1000,3,*,,,,,,suppressed,", lsoaCsv[2]);
        Assert.StartsWith("X01000003,Test 3,1000,5,0,0,0,", lsoaCsv[3]);
        using var geojson = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ward.geojson")));
        Assert.Equal(2, geojson.RootElement.GetProperty("features").GetArrayLength());
        Assert.False(geojson.RootElement.TryGetProperty("crs", out _));
        Assert.Contains("no_location", File.ReadAllText(Path.Combine(folder, "rejections.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "lsoa_monthly.csv")));
        Assert.Equal("Test attribution line\n", File.ReadAllText(Path.Combine(folder, "ATTRIBUTION.txt")));
        var written = RunSummary.FromJson(File.ReadAllText(Path.Combine(folder, "run-summary.json")));
        Assert.True(written.Inputs.Single().Balances);
        Assert.Equal(summary.Inputs.Single().Read, written.Inputs.Single().Read);
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
