using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// Periods, baseline and annualising on <see cref="StudyFixture"/> (1,000 residents per LSOA): violent crimes in
/// LSOA X01000004 are 5 in 2025-04, 7 in 2025-05 and 1 in 2025-06; X01000001 has 2 in 2025-04 and 2 in 2025-05.
/// </summary>
public class StudyTrendTests
{
    internal const string Monthly = """
        periods:
          - { name: april, from: 2025-04, to: 2025-04 }
          - { name: may, from: 2025-05, to: 2025-05 }
        baseline: [april]
        output: { suppress_below: 0 }
        """;

    [Fact]
    public void Run_EqualPeriods_RatePerPeriodWithExactLimits()
    {
        var trend = Run(Monthly).Measures.Trend[("lsoa", 0)].Areas.Single(a => a.AreaCode == "X01000004");

        // 5 and 7 events over 1,000 residents per 1,000: rates 5 and 7. Exact Poisson 95% limits of 5 are 1.6235 and
        // 11.6683, of 7 are 2.8144 and 14.4227 (Garwood 1936; half the chi-squared quantiles on 10/12 and 14/16 df).
        Assert.Equal([5.0, 7.0], trend.Periods.Select(p => p.Rate.Value!.Value));
        Assert.Equal(1.6235, trend.Periods[0].Rate.Lower95!.Value, 4);
        Assert.Equal(11.6683, trend.Periods[0].Rate.Upper95!.Value, 4);
        Assert.Equal(2.8144, trend.Periods[1].Rate.Lower95!.Value, 4);
        Assert.Equal(14.4227, trend.Periods[1].Rate.Upper95!.Value, 4);
    }

    [Fact]
    public void Run_BaselineOfOnePeriod_IndexesTheOtherTo100()
    {
        var trend = Run(Monthly).Measures.Trend[("ward", 0)].Areas.Single(a => a.AreaCode == "X05000002");

        // East ward (X01000003 with no events, X01000004): 5 then 7 events over 2,000 residents; 7 / 5 x 100 = 140.
        Assert.Equal(2.5, trend.Baseline!.Rate.Value!.Value, 12);
        Assert.Equal(100.0, trend.Baseline.Index!.Value, 12);
        Assert.Equal(140.0, trend.Periods[1].Index!.Value, 12);
    }

    [Fact]
    public void Run_AnnualisedPeriodsOfOneAndTwoMonths_RatesPerYear()
    {
        var study = """
            periods:
              - { name: april, from: 2025-04, to: 2025-04 }
              - { name: may-june, from: 2025-05, to: 2025-06 }
            baseline: [april]
            annualise: true
            output: { suppress_below: 0 }
            """;

        var trend = Run(study).Measures.Trend[("lsoa", 0)].Areas.Single(a => a.AreaCode == "X01000004");

        // April: 5 x 12 / 1 = 60 a year per 1,000; May-June: (7 + 1) x 12 / 2 = 48; index 48 / 60 x 100 = 80.
        Assert.Equal(60.0, trend.Periods[0].Rate.Value!.Value, 12);
        Assert.Equal(48.0, trend.Periods[1].Rate.Value!.Value, 12);
        Assert.Equal(80.0, trend.Periods[1].Index!.Value, 12);
    }

    [Fact]
    public void Run_PeriodWithItsOwnPopulation_RatesOverIt()
    {
        var study = Monthly.Replace("to: 2025-05 }", "to: 2025-05, population: population_may.csv }", StringComparison.Ordinal);

        var trend = Run(study, population: ("population_may.csv", 2000)).Measures.Trend[("lsoa", 0)].Areas.Single(a => a.AreaCode == "X01000004");

        // May: 7 events over the period's own 2,000 residents per 1,000 = 3.5; April keeps the study's 1,000: 5.
        Assert.Equal(2000.0, trend.Periods[1].Denominator);
        Assert.Equal(3.5, trend.Periods[1].Rate.Value!.Value, 12);
        Assert.Equal(5.0, trend.Periods[0].Rate.Value!.Value, 12);
    }

    [Fact]
    public void ReadmeTrendExample_ParsesAsWritten()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));
        var section = readme[readme.IndexOf("## Trends over periods", StringComparison.Ordinal)..];
        var yaml = section[(section.IndexOf("```yaml\n", StringComparison.Ordinal) + 8)..section.IndexOf("```\n\n", StringComparison.Ordinal)];

        var study = StudyFile.Parse(yaml, "README.md");

        Assert.Equal(["2023", "2024", "2025"], study.Periods.Select(p => p.Name));
        Assert.Equal(["2023", "2024"], study.Baseline);
        Assert.Equal("2025", study.Compare);
        Assert.True(study.Annualise);
    }

    [Fact]
    public void Run_PeriodsOnTheWholeStudyArea_SumTheBaseAreas()
    {
        var total = Run(Monthly).Measures.Trend[("lsoa", 0)].Total;

        // 2 + 5 in April, 2 + 7 in May, over 4,000 residents.
        Assert.Equal([7L, 9L], total.Periods.Select(p => p.Count));
        Assert.Equal(4000.0, total.Periods[0].Denominator);
    }

    [Fact]
    public void Validate_PeriodsOfUnequalLength_NamesThePeriodAndSuggestsAnnualising()
    {
        var study = """
            periods:
              - { name: april, from: 2025-04, to: 2025-04 }
              - { name: may-june, from: 2025-05, to: 2025-06 }
            """;

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.Contains("periods[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'may-june' spans 2 months but 'april' 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("annualise: true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChangeOfNineMonthsAgainstThree_IsRefusedUnlessAnnualised()
    {
        var study = "needs: { change: { before: [2024-04, 2024-12], after: [2025-01, 2025-03] } }\n";

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.Contains("needs.change", error.Message, StringComparison.Ordinal);
        Assert.Contains("before spans 9 months and after 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaselineNamingNoPeriod_ListsThePeriods()
    {
        var error = Assert.Throws<InputDataException>(() => Run(Monthly.Replace("baseline: [april]", "baseline: [march]", StringComparison.Ordinal)));

        Assert.Contains("baseline[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("no period is named 'march'; the periods are: april, may", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PeriodBeforeTheInputStarts_LeavesTheIndicatorOutWithAWarning()
    {
        var result = Run(Monthly.Replace("from: 2025-04, to: 2025-04", "from: 2025-03, to: 2025-03", StringComparison.Ordinal));

        Assert.Empty(result.Measures.Trend);
        Assert.Contains(result.Warnings, w => w.Contains("indicator 'violence' has no trend", StringComparison.Ordinal));
    }

    internal static StudyResult Run(string periods, (string File, int PerLsoa)? population = null)
    {
        var fixture = new StudyFixture();
        if (population is { } own)
        {
            fixture.Write(own.File, "area_code,sex,age,population\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"X0100000{i},F,30,{own.PerLsoa}\n")));
        }

        fixture.WritePoliceFile("police.csv", [], [.. Rows(0, "2025-04", 2), .. Rows(0, "2025-05", 2), .. Rows(3, "2025-04", 5), .. Rows(3, "2025-05", 7), .. Rows(3, "2025-06", 1)]);
        fixture.Write("study.yaml", StudyFixture.LevelsAndViolence + periods);
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));
    }

    /// <summary>police.uk rows of violent crimes at the centre of the fixture's square <paramref name="square"/> in one month.</summary>
    private static IEnumerable<string> Rows(int square, string month, int count)
    {
        var (lon, lat) = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84).Apply(430000 + (square * 1000) + 500, 280500);
        return Enumerable.Range(0, count).Select(n => string.Create(CultureInfo.InvariantCulture,
            $"t{square}{month}{n},{month},Test Police,Test Police,{lon:F6},{lat:F6},On or near Test Street,X0100000{square + 1},Test {square + 1},Violence and sexual offences,Under investigation,"));
    }
}
