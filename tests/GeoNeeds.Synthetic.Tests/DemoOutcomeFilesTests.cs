using System.Globalization;

namespace GeoNeeds.Synthetic.Tests;

[Collection(GeneratedDemoTownCollection.Name)]
public class DemoOutcomeFilesTests(GeneratedDemoTown town)
{
    private const string IntakeHeader =
        "case_id,intake_date,service,postcode,age,sex,ethnicity,disability,referral_source,repeat,dash_ticks,high_risk,marac,"
        + "physical,sexual,harassment_stalking,jealous_controlling,forced_marriage,honour_based,fgm";

    private const string ExitHeader =
        "case_id,exit_date,closure,closure_reason,contacts,dash_ticks,physical,sexual,harassment_stalking,jealous_controlling,"
        + "feels_safer,wellbeing_improved";

    private static readonly string[] Levels = ["high", "moderate", "standard", "none", "dont_know", ""];
    private static readonly string[] Answers = ["yes", "no", "dont_know", ""];

    public static TheoryData<string> Services => ["adult", "children"];

    private OutcomeFiles FilesOf(string service) => service == "adult" ? town.Files.AdultOutcomes : town.Files.ChildrenOutcomes;

    [Fact]
    public void OutcomeForms_DefaultSeed_HaveTheColumnsOfTheOutcomeFormsLayout()
    {
        const string Child = ",exposed_to_abuse,direct_abuse";

        Assert.Equal(IntakeHeader, File.ReadLines(town.Files.AdultOutcomes.Intake).First());
        Assert.Equal(ExitHeader, File.ReadLines(town.Files.AdultOutcomes.Exit).First());
        Assert.Equal(IntakeHeader + Child, File.ReadLines(town.Files.ChildrenOutcomes.Intake).First());
        Assert.Equal(ExitHeader + Child, File.ReadLines(town.Files.ChildrenOutcomes.Exit).First());
    }

    [Fact]
    public void OutcomeForms_DefaultSeed_HoldAbout1200IntakeAnd800ExitForms()
    {
        int Rows(Func<OutcomeFiles, string> file) => CsvRows.Read(file(town.Files.AdultOutcomes)).Count + CsvRows.Read(file(town.Files.ChildrenOutcomes)).Count;

        // Adult 780 cases + 10 superseded forms, children 390 + 6; exits 515 + 6 and 265 + 4 (OutcomeService).
        Assert.Equal(790 + 396, Rows(f => f.Intake));
        Assert.Equal(521 + 269, Rows(f => f.Exit));
    }

    [Theory]
    [InlineData("adult", 10, 6, 5)]
    [InlineData("children", 6, 4, 3)]
    public void OutcomeForms_DefaultSeed_CarryThePlantedFaults(string service, int duplicated, int withoutIntake, int intakeAfterExit)
    {
        var intakes = CsvRows.Read(FilesOf(service).Intake);
        var exits = CsvRows.Read(FilesOf(service).Exit);
        var latestIntake = intakes.GroupBy(row => row["case_id"]).ToDictionary(g => g.Key, g => g.Max(row => row["intake_date"])!);

        Assert.Equal(duplicated, intakes.GroupBy(row => row["case_id"]).Count(g => g.Count() > 1));
        Assert.Equal(withoutIntake, exits.Count(row => !latestIntake.ContainsKey(row["case_id"])));
        Assert.Equal(intakeAfterExit, exits.Count(row =>
            latestIntake.TryGetValue(row["case_id"], out var intake) && string.CompareOrdinal(intake, row["exit_date"]) > 0));
        Assert.Equal(exits.Count, exits.Select(row => row["case_id"]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void OutcomeForms_DefaultSeed_UseOnlyTheFormsWordsAndLeaveSomeFieldsEmpty(string service)
    {
        var intakes = CsvRows.Read(FilesOf(service).Intake);
        var exits = CsvRows.Read(FilesOf(service).Exit);
        string[] yesNo = ["high_risk", "marac", "forced_marriage", "honour_based", "fgm", .. service == "children" ? new[] { "exposed_to_abuse", "direct_abuse" } : []];
        string[] abuse = ["physical", "sexual", "harassment_stalking", "jealous_controlling"];

        Assert.All(intakes, row =>
        {
            Assert.All(yesNo, column => Assert.Contains(row[column], Answers));
            Assert.All(abuse, column => Assert.Contains(row[column], Levels));
            Assert.Contains(row["repeat"], new[] { "new", "repeat", "" });
        });
        Assert.All(exits, row =>
        {
            Assert.All(["feels_safer", "wellbeing_improved"], column => Assert.Contains(row[column], Answers));
            Assert.All(abuse, column => Assert.Contains(row[column], Levels));
            Assert.Contains(row["closure"], new[] { "planned", "unplanned" });
        });
        Assert.All(intakes.Concat(exits).Select(row => row["dash_ticks"]).Where(text => text.Length > 0), text =>
            Assert.InRange(int.Parse(text, CultureInfo.InvariantCulture), 0, 27));

        // Realistic gaps: a few percent of DASH scores and postcodes empty, some answers not known.
        Assert.InRange(intakes.Count(row => row["dash_ticks"].Length == 0), 0.02 * intakes.Count, 0.10 * intakes.Count);
        Assert.InRange(intakes.Count(row => row["postcode"].Length == 0), 1, 0.05 * intakes.Count);
        Assert.Contains(intakes, row => row["marac"] == "dont_know");
        Assert.Contains(exits, row => row["physical"] == "dont_know");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void OutcomeForms_DefaultSeed_DatesSpanThreeFinancialYearsEndingWithTheDemoYear(string service)
    {
        var dates = CsvRows.Read(FilesOf(service).Intake).Select(row => row["intake_date"])
            .Concat(CsvRows.Read(FilesOf(service).Exit).Select(row => row["exit_date"]))
            .Select(text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var exitYears = CsvRows.Read(FilesOf(service).Exit)
            .Select(row => DateOnly.ParseExact(row["exit_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(date => date.Month >= 4 ? date.Year : date.Year - 1).Distinct().Order();

        Assert.All(dates, date => Assert.InRange(date, new DateOnly(2023, 4, 1), new DateOnly(2026, 3, 31)));
        Assert.Equal([2023, 2024, 2025], exitYears);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void OutcomeForms_DefaultSeed_PostcodesAreTheTownsFakeZzPostcodes(string service)
    {
        var listed = CsvRows.Read(town.Files.Postcodes).Select(row => row["pcds"]).ToHashSet(StringComparer.Ordinal);

        var postcodes = CsvRows.Read(FilesOf(service).Intake).Select(row => row["postcode"]).Where(text => text.Length > 0).ToList();

        Assert.NotEmpty(postcodes);
        Assert.All(postcodes, postcode =>
        {
            Assert.Matches("^ZZ[1-9] [0-9][A-Z]{2}$", postcode);
            Assert.Contains(postcode, listed);
        });
    }

    [Fact]
    public void AdultOutcomeForms_DefaultSeed_DashBandsAreAbout20_40_40AtIntakeAndFallAtExit()
    {
        var intake = CsvRows.Read(town.Files.AdultOutcomes.Intake).GroupBy(row => row["case_id"]).ToDictionary(g => g.Key, g => g.MaxBy(row => row["intake_date"])!);
        var pairs = CsvRows.Read(town.Files.AdultOutcomes.Exit)
            .Where(row => intake.TryGetValue(row["case_id"], out var form) && form["dash_ticks"].Length > 0 && row["dash_ticks"].Length > 0)
            .Select(row => (Intake: Band(intake[row["case_id"]]["dash_ticks"]), Exit: Band(row["dash_ticks"]))).ToList();

        double Share(Func<(int Intake, int Exit), int> at, int band) => 100.0 * pairs.Count(p => at(p) == band) / pairs.Count;

        // Drawn as 21% / 39% / 40% at intake (a published adult outreach report); with about 400 pairs each share is
        // within ±5 points of it, and the high band is smaller at exit.
        Assert.InRange(Share(p => p.Intake, 0), 16, 26);
        Assert.InRange(Share(p => p.Intake, 1), 34, 44);
        Assert.InRange(Share(p => p.Intake, 2), 35, 45);
        Assert.True(Share(p => p.Exit, 2) < Share(p => p.Intake, 2) - 4, "the high band does not shrink at exit");
        Assert.True(Share(p => p.Exit, 0) > Share(p => p.Intake, 0) + 4, "the standard band does not grow at exit");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void OutcomeForms_DefaultSeed_AbuseMostlyFallsAtExit(string service)
    {
        string[] order = ["none", "standard", "moderate", "high"];
        var intake = CsvRows.Read(FilesOf(service).Intake).GroupBy(row => row["case_id"]).ToDictionary(g => g.Key, g => g.MaxBy(row => row["intake_date"])!);
        var changes = CsvRows.Read(FilesOf(service).Exit).Where(row => intake.ContainsKey(row["case_id"]))
            .SelectMany(row => new[] { "physical", "sexual", "harassment_stalking", "jealous_controlling" }
                .Select(type => (Before: Array.IndexOf(order, intake[row["case_id"]][type]), After: Array.IndexOf(order, row[type]))))
            .Where(change => change.Before > 0 && change.After >= 0).ToList();

        Assert.True(changes.Count(c => c.After < c.Before) > 0.6 * changes.Count, "fewer than 60% of abuse levels fell");
        Assert.True(changes.Count(c => c.After > c.Before) < 0.1 * changes.Count, "10% or more of abuse levels rose");
    }

    private static int Band(string ticks) => int.Parse(ticks, CultureInfo.InvariantCulture) switch
    {
        <= 5 => 0,
        <= 9 => 1,
        _ => 2,
    };
}
