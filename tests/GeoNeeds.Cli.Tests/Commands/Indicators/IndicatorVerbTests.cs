namespace GeoNeeds.Cli.Tests.Commands.Indicators;

public class IndicatorVerbTests
{
    [Fact]
    public void Help_ListsTheIndicatorVerbs()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var verb in new[] { "rates", "refuge", "marac", "prevalence", "correlate", "change", "inequality" })
        {
            Assert.Contains(verb, outcome.Output);
        }
    }

    [Theory]
    [InlineData("rates", "--per <N>")]
    [InlineData("refuge", "--basis <BASIS>")]
    [InlineData("marac", "--idva-per-100k <N>")]
    [InlineData("prevalence", "--survey <EDITION>")]
    [InlineData("correlate", "--x-column <COLUMN>")]
    [InlineData("change", "--per <N>")]
    [InlineData("inequality", "--seed <N>")]
    public void VerbHelp_ShowsItsOptionsAndAnExample(string verb, string option)
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), verb, "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(option, outcome.Output);
        Assert.Contains("--in <FILE>", outcome.Output);
        Assert.Contains($"geoneeds {verb} --in", outcome.Output);
    }

    [Fact]
    public void Rates_StandardInputToStandardOutput_WritesCsvAndWarnsOnStandardError()
    {
        // 82 / 12,345 × 1,000 = 6.642365330093155 (CrudeRateTests' figure per 1,000), published to 15 significant
        // digits; the empty population leaves the second rate empty with a warning.
        var outcome = PipedCli.Run("area_code,count,population\nX01000001,82,12345\nX01000002,4,\n", "rates", "--per", "1000");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.Split('\n');
        Assert.Equal("area_code,count,population,rate,lower_95,upper_95,lower_998,upper_998,method", lines[0]);
        Assert.StartsWith("X01000001,82,12345,6.64236533009316,", lines[1]);
        Assert.Equal("X01000002,4,,,,,,,", lines[2]);
        Assert.Equal("warning: <stdin>:3: population is empty: the rate of X01000002 is left empty\n", outcome.Error);
    }

    [Fact]
    public void Rates_WithoutPer_ExitsWithUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "rates", "--in", "counts.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--per must be given", outcome.Output);
    }

    [Theory]
    [InlineData("rates", "area_code,count,population\nA,1,-4\n", "counts.csv:2:population: population -4 must be zero or more", "--per", "1000")]
    [InlineData("rates", "area_code,count,population\nA,1,many\n", "counts.csv:2:population: 'many' is not a number", "--per", "1000")]
    [InlineData("change", "area_code,count_before,count_after,population\nA,1,2,10\nA,3,4,10\n", "counts.csv:3:area_code: duplicate 'A' (first on line 2)")]
    [InlineData("inequality", "area_code,count,population,imd_decile\nA,1,100,11\n", "counts.csv:2:imd_decile: decile '11' is not a whole number from 1 (most deprived) to 10 (least deprived)")]
    [InlineData("correlate", "x,y\n1,2\n2,3\n", "counts.csv:1:x: 2 rows have numbers in both x and y; a correlation needs at least 3", "--x", "x", "--y", "y")]
    [InlineData("prevalence", "area_code,sex,age,population\nA,M,15-24,10\n", "counts.csv:2:age: age band 15-24 does not match the bands of csew-2021")]
    [InlineData("prevalence", "area_code,sex,age,population\nA,M,20,10\n", "csew-2099: unknown survey edition", "--survey", "csew-2099")]
    public void Verb_BadInput_ExitsWithInputDataErrorNamingFileLineAndColumn(string verb, string csv, string message, params string[] options)
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "counts.csv"), csv);

        var outcome = CliProcess.Run(folder, [verb, "--in", "counts.csv", "--out", "out.csv", .. options]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains(message, outcome.Output);
        Assert.False(File.Exists(Path.Combine(folder, "out.csv")));
    }

    [Fact]
    public void Refuge_CouncilOfEuropeStandard_WritesShortfallsAndTotal()
    {
        // By hand: 371,521 people → 37 spaces recommended, 24 provided, −13, 13/37 = 35.135…% short.
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "refuge.csv"), "area_code,area_name,population,provided\nE08000026,Coventry,371521,24\n");

        var outcome = CliProcess.Run(folder, "refuge", "--in", "refuge.csv", "--out", "out.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(
            ["area_code,area_name,population,recommended,provided,difference,shortfall_pct", "E08000026,Coventry,371521,37,24,-13,35.1351351351351", "TOTAL,Total,371521,37,24,-13,35.1351351351351"],
            File.ReadAllLines(Path.Combine(folder, "out.csv")));
    }

    [Fact]
    public void Marac_WithIdvaStaffing_AddsTheComparisonColumns()
    {
        // By hand: 150,000 adult women → 600 cases expected (40 per 10,000); 480 cases = 32 per 10,000, 80%;
        // IDVAs at 20 per 100,000 → 30 FTE, 22.5 in post, gap 7.5 (25%).
        var outcome = PipedCli.Run("area_code,area_name,adult_female_population,cases,idva\nX1,Somewhere,150000,480,22.5\n",
            "marac", "--idva-fte", "idva", "--idva-per-100k", "20");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("X1,Somewhere,150000,480,600,32,-120,80,30,7.5,25,22.5", outcome.Output.Split('\n')[1]);
    }

    [Fact]
    public void Marac_WithIdvaStaffingAndNoRecommendation_UsesSafeLivesCaseloadOnExpectedAndHeardCases()
    {
        // The README's example. By hand: 600 expected cases / 100 = 6 FTE, 4 in post: gap 2 (33.3%); 480 heard
        // / 100 = 4.8 FTE: gap 0.8 (16.7%).
        var outcome = PipedCli.Run("area_code,area_name,adult_female_population,cases,idva_fte\nX1,Somewhere,150000,480,4\n", "marac", "--idva-fte", "idva_fte");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("X1,Somewhere,150000,480,600,32,-120,80,6,2,33.3333333333333,4.8,0.8,16.6666666666667,4", outcome.Output.Split('\n')[1].TrimEnd('\r'));
    }

    [Fact]
    public void Marac_PopulationAndAdultAge18_CountsWomenAged18AndOver()
    {
        // By hand: women 18-64 90,000 + 65+ 30,000 = 120,000 (the 15-17 band and men left out) → 480 expected.
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "marac.csv"), "area_code,area_name,cases\nX1,Somewhere,480\n");
        File.WriteAllText(Path.Combine(folder, "pop.csv"), "area_code,sex,age,population\nX1,F,15-17,3000\nX1,F,18-64,90000\nX1,F,65+,30000\nX1,M,18-64,88000\n");

        var outcome = CliProcess.Run(folder, "marac", "--in", "marac.csv", "--population", "pop.csv", "--adult-age", "18", "--out", "out.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("X1,Somewhere,120000,480,480,40,0,100", File.ReadAllLines(Path.Combine(folder, "out.csv"))[1]);
    }

    [Fact]
    public void Marac_AdultAgeWithoutPopulation_IsAUsageError()
    {
        var outcome = PipedCli.Run("area_code,area_name,adult_female_population,cases\nX1,Somewhere,150000,480\n", "marac", "--adult-age", "18");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--adult-age needs --population", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prevalence_WithRecorded_WritesExpectedAndRecordedPerExpectedAndNamesTheSurvey()
    {
        // By hand with CSEW 2021: men 16-19 1,000 × 5.3% = 53; women 16-19 1,000 × 14.0% = 140; 386 recorded / 193.
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "pop.csv"), "area_code,sex,age,population\nX1,Male,16-19,1000\nX1,F,16-19,1000\nX1,F,80,50\n");
        File.WriteAllText(Path.Combine(folder, "recorded.csv"), "area_code,recorded\nX1,386\n");

        var outcome = CliProcess.Run(folder, "prevalence", "--in", "pop.csv", "--recorded", "recorded.csv", "--out", "out.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("X1,,2000,53,140,193,386,2", File.ReadAllLines(Path.Combine(folder, "out.csv"))[1]);
        Assert.Contains("Expected victims from csew-2021", outcome.Output);
        Assert.Contains("warning: pop.csv: 1 rows (50 people) are outside the ages of csew-2021", outcome.Output);
    }

    [Fact]
    public void Correlate_XAndYColumns_PrintsAndWritesTheStatistics()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "wards.csv"), "area_code,imd,rate\nA,1,2\nB,2,4\nC,3,6\n");

        var outcome = CliProcess.Run(folder, "correlate", "--in", "wards.csv", "--x", "imd", "--y", "rate", "--out", "out.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(["n,pearson_r,pearson_p,spearman_rho,spearman_p,slope,intercept,r_squared", "3,1,0,1,0,2,0,1"], File.ReadAllLines(Path.Combine(folder, "out.csv")));
        Assert.Contains("pearson_r", outcome.Output);
    }

    [Fact]
    public void Change_TwoAreas_WritesQuadrantsAndTheOverallRate()
    {
        // By hand per 100,000: overall after = 40 / 4,000 × 100,000 = 1,000; A 1,500 above and rising.
        var outcome = PipedCli.Run("area_code,count_before,count_after,population\nA,20,30,2000\nB,16,10,2000\n", "change", "--per", "100000");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("A,,20,30,2000,10,50,1500,above-rising", outcome.Output.Split('\n')[1]);
        Assert.Contains("overall rate after, 1000 per 100000", outcome.Error);
    }

    [Fact]
    public void Inequality_FiveDeciles_WritesRatesAndIndexes()
    {
        var csv = "area_code,count,population,imd_decile\n" + string.Concat(Enumerable.Range(1, 5).Select(d => $"A{d},{60 - (d * 5)},1000,{d}\n"));

        var outcome = PipedCli.Run(csv, "inequality", "--repetitions", "1000");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("sii,,,,,", lines[7]);
        Assert.Contains("1000 repetitions, seed 1", lines[7]);
    }
}
