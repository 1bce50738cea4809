using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// Each needs measure gives the same columns and numbers through its indicator verb's engine path (read, measure,
/// write) as through a study (<see cref="VerbStudyParity"/>): the verb is fed the study's own inputs or outputs.
/// </summary>
public sealed class VerbStudyParityTests : IClassFixture<VerbStudyParityTests.Run>
{
    private readonly VerbStudyParity _study;

    public VerbStudyParityTests(Run run) => _study = run.Study;

    public sealed class Run
    {
        public VerbStudyParity Study { get; } = new();
    }

    [Fact]
    public void Rates_VerbAndLevelTable_GiveTheSameRateAndLimits()
    {
        var input = TestFiles.Write("rates.csv", "area_code,count,population\nX01000001,12,1000\nX01000002,3,1000\nX01000003,0,1000\nX01000004,40,1000\n");
        var output = Path.Combine(TestFiles.NewFolder(), "rates-out.csv");

        var table = RateTable.Read(TableInput.FromFile(input));
        RateTable.Write(output, table, RateTable.Calculate(table.Values, 1000));

        var verb = VerbStudyParity.Fields(output);
        var study = _study.StudyTable("lsoa.csv");
        var first = Array.IndexOf(study[0], "violence_rate_per_1000");
        Assert.Equal(["rate", "lower_95", "upper_95", "lower_998", "upper_998", "method"], verb[0][3..]);
        Assert.Equal(verb.Skip(1).Select(r => string.Join(',', r[3..])), study.Skip(1).Select(r => string.Join(',', r[first..(first + 6)])));
        // 12 per 1,000 residents; 3 events are below 10, so exact limits.
        Assert.Equal("12", verb[1][3]);
        Assert.Equal(PoissonLimits.ExactMethod, verb[2][8]);
    }

    [Fact]
    public void Refuge_VerbAndStudy_GiveTheSameRowsAndTotal()
    {
        var input = TestFiles.Write("refuge.csv", "area_code,area_name,population,provided\nX05000001,West ward,2000,1\nX05000002,East ward,2000,0\n");
        var output = Path.Combine(TestFiles.NewFolder(), "refuge-out.csv");

        var table = RefugeTable.Read(TableInput.FromFile(input));
        RefugeTable.Write(output, table, RefugeMeasure.Assess(table.Values, RefugeStandard.CouncilOfEurope));

        // 2,000 people → 0.2 → 0 spaces recommended; 1 provided is a surplus of 1 and no shortfall percentage.
        Assert.Equal(
            ["area_code,area_name,population,recommended,provided,difference,shortfall_pct", "X05000001,West ward,2000,0,1,1,", "X05000002,East ward,2000,0,0,0,", "TOTAL,Total,4000,0,1,1,"],
            VerbStudyParity.Lines(_study.StudyTable("refuge.csv")));
        Assert.Equal(VerbStudyParity.Lines(_study.StudyTable("refuge.csv")), File.ReadAllLines(output));
    }

    [Fact]
    public void Marac_VerbAndStudy_GiveTheSameComparison()
    {
        var input = TestFiles.Write("marac.csv", "area_code,area_name,adult_female_population,cases\nX05000001,West ward,1200,30\nX05000002,East ward,1200,2\n");
        var output = Path.Combine(TestFiles.NewFolder(), "marac-out.csv");

        var table = MaracTable.Read(TableInput.FromFile(input));
        MaracTable.Write(output, table, MaracMeasure.Assess(table.Values));

        // 1,200 women × 40 / 10,000 = 4.8 expected; 30 cases = 250 per 10,000, +25.2, 625%.
        Assert.Equal("X05000001,West ward,1200,30,4.8,250,25.2,625", File.ReadAllLines(output)[1]);
        Assert.Equal(VerbStudyParity.Lines(_study.StudyTable("marac.csv")), File.ReadAllLines(output));
    }

    [Fact]
    public void Prevalence_VerbAndStudy_GiveTheSameExpectedAndRecorded()
    {
        var input = TestFiles.Write("pop.csv", "area_code,area_name,sex,age,population\nX05000001,West ward,M,30,800\nX05000001,West ward,F,30,1200\nX05000002,East ward,M,30,800\nX05000002,East ward,F,30,1200\n");
        var recordedFile = TestFiles.Write("recorded.csv", "area_code,recorded\nX05000001,15\nX05000002,40\n");
        var output = Path.Combine(TestFiles.NewFolder(), "prevalence-out.csv");
        var survey = SurveyTable.Load("csew-2021");

        var table = PrevalenceTable.Read(TableInput.FromFile(input), survey);
        var recorded = PrevalenceTable.ReadRecorded(TableInput.FromFile(recordedFile));
        PrevalenceTable.Write(output, PrevalenceMeasure.Assess(table.Values, survey, PrevalenceTable.Names(table), recorded), withRecorded: true);

        // CSEW 2021 ages 25-34: 800 × 4.2% + 1,200 × 7.7% = 33.6 + 92.4 = 126 expected; 15 recorded.
        var west = VerbStudyParity.Fields(output)[1];
        Assert.Equal(["X05000001", "West ward", "2000"], west[..3]);
        Assert.Equal(126, double.Parse(west[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("15", west[6]);
        Assert.Equal(VerbStudyParity.Lines(_study.StudyTable("ward_prevalence.csv")), File.ReadAllLines(output));
    }

    [Fact]
    public void Change_VerbAndStudy_GiveTheSameChangeRateAndQuadrant()
    {
        var input = TestFiles.Write("change.csv", "area_code,area_name,count_before,count_after,population\nX01000001,Test 1,6,6,1000\nX01000002,Test 2,2,1,1000\nX01000003,Test 3,0,0,1000\nX01000004,Test 4,20,20,1000\n");
        var output = Path.Combine(TestFiles.NewFolder(), "change-out.csv");

        var table = ChangeTable.Read(TableInput.FromFile(input));
        ChangeTable.Write(output, table, ChangeMeasure.Assess(table.Values, 1000));

        // Overall rate after (6 + 1 + 0 + 20) / 4,000 × 1,000 = 6.75. LSOA 2: 2 → 1, −50%, rate 1, below-falling.
        Assert.Equal("X01000002,Test 2,2,1,1000,-1,-50,1,below-falling", File.ReadAllLines(output)[2]);
        Assert.Equal(VerbStudyParity.WithoutFirstColumn(_study.StudyTable("lsoa_change.csv")), File.ReadAllLines(output));
    }

    [Fact]
    public void Inequality_VerbAndStudy_GiveTheSameDecileRowsAndAllRow()
    {
        var input = TestFiles.Write("inequality.csv", "area_code,count,population,imd_decile\nX01000001,12,1000,1\nX01000002,3,1000,3\nX01000003,0,1000,5\nX01000004,40,1000,10\n");
        var output = Path.Combine(TestFiles.NewFolder(), "inequality-out.csv");

        InequalityTable.Write(output, InequalityMeasure.Calculate(InequalityTable.Read(TableInput.FromFile(input)).Values, 1000));

        // Decile 1: 12 per 1,000; all: 55 / 4,000 × 1,000 = 13.75. Four deciles are too few for the SII (5 needed).
        var verb = VerbStudyParity.Fields(output);
        Assert.Equal(["rate", "1", "12", "1000"], verb[1][..4]);
        Assert.Equal(["rate", "all", "55", "4000", "", "13.75"], verb[5][..6]);
        Assert.Equal(VerbStudyParity.WithoutFirstColumn(_study.StudyTable("inequality.csv")), File.ReadAllLines(output));
    }

    [Fact]
    public void Correlation_VerbOnTheLevelTable_GivesTheStudysCorrelation()
    {
        var output = Path.Combine(TestFiles.NewFolder(), "correlation-out.csv");

        var (x, y) = CorrelationTable.Read(TableInput.FromFile(Path.Combine(_study.Output, "lsoa.csv")), "imd_decile", "violence_rate_per_1000");
        CorrelationTable.Write(output, Correlation.Summarise(x, y));

        var study = _study.StudyTable("correlations.csv");
        var lsoa = study.Single(r => r[0] == "lsoa");
        Assert.Equal(["level", "indicator", "x", .. File.ReadAllLines(output)[0].Split(',')], study[0]);
        Assert.Equal(File.ReadAllLines(output)[1], string.Join(',', lsoa[3..]));
        Assert.Equal("4", lsoa[3]);
    }

    [Fact]
    public void HotSpots_VerbOnTheLevelTable_GivesTheStudysStatistics()
    {
        var output = Path.Combine(TestFiles.NewFolder(), "hotspots-out.csv");
        var boundaries = _study.Fixture.PathOf("lsoa.geojson");

        var table = HotSpotTable.Read(TableInput.FromFile(Path.Combine(_study.Output, "lsoa.csv")), "violence_rate_per_1000");
        var layer = BoundaryReader.Read(boundaries, new BoundaryReadOptions { CodeField = "LSOA_CODE" });
        HotSpotTable.Write(output, table, HotSpotAnalysis.Run(layer, boundaries, HotSpotTable.Values(table, "violence_rate_per_1000"), permutations: 99));

        var verb = VerbStudyParity.Fields(output);
        Assert.Equal(["area_code", "area_name", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"], verb[0][..7]);
        Assert.Equal(VerbStudyParity.WithoutFirstColumn(_study.StudyTable("lsoa_hotspots.csv")), verb.Select(r => string.Join(',', r[..7])));
        Assert.Equal("Test 1", verb[1][1]);
    }
}
