using System.Text.Json;
using static GeoNeeds.Cli.Tests.BadInput.PlausibilityCases;
using static GeoNeeds.Cli.Tests.BadInput.PlausibilityInputs;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// The plausibility corpus, continued: repaired polygons named per feature, the readers' own warnings in the summary
/// and on the console, and months or dates that are no months rejected row by row.
/// </summary>
public class PlausibilityReadCases
{
    // Corners joined across: the ring crosses itself at the square's centre (430500, 280500).
    private const string BowTie = "430000 280000, 431000 281000, 431000 280000, 430000 281000, 430000 280000";

    [Fact]
    public void CountPoints_BowTiePolygon_NamesTheRepairOnTheConsole()
    {
        var folder = Folder(("areas.geojson", Areas(Grid, Ring(BowTie), Square(431000, 280000))), ("points.csv", PoliceFile(PoliceRow("2025-04", Inside))));

        var outcome = CliProcess.Run(folder, "count-points", "--points", "points.csv", "--polygons", "areas.geojson", "--code-field", "CODE", "--out", "counts.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("warning: areas: 1 invalid polygon was repaired; points near them may have moved between areas: feature 1 (X01000001): self-intersection at (430500, 280500), area was 0, is 500000",
            Flat(outcome.StandardOutput), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BowTiePolygon_ListsTheRepairInTheSummaryLevel()
    {
        var folder = Folder(("study.yaml", Study()), ("areas.geojson", Areas(Grid, Ring(BowTie), Square(431000, 280000))), ("police.csv", PoliceFile(PoliceRow("2025-04", Inside))));

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder, "out"));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "out", "run-summary.json")));
        var repair = Assert.Single(summary.RootElement.GetProperty("levels")[0].GetProperty("repairs").EnumerateArray());
        Assert.Equal(("X01000001", "Area 1", "Self-intersection", 430500.0, 280500.0, 500000.0),
            (repair.GetProperty("code").GetString(), repair.GetProperty("name").GetString(), repair.GetProperty("problem").GetString(),
             repair.GetProperty("x").GetDouble(), repair.GetProperty("y").GetDouble(), repair.GetProperty("area_after").GetDouble()));
    }

    [Fact]
    public void Assess_TwelveBowTies_ShowsTenOnTheConsoleAndCountsTheRest()
    {
        var rings = Enumerable.Range(0, 12).Select(i => Ring(BowTie.Replace("430000", $"{430000 - (2000 * (i + 1))}", StringComparison.Ordinal).Replace("431000", $"{431000 - (2000 * (i + 1))}", StringComparison.Ordinal)));
        var folder = Folder(("study.yaml", Study()), ("areas.geojson", Areas(Grid, [Square(430000, 280000), Square(431000, 280000), .. rings])), ("police.csv", PoliceFile(PoliceRow("2025-04", Inside))));

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder, "out"));
        Assert.Contains("lsoa: 12 invalid polygons were repaired", Flat(outcome.StandardOutput), StringComparison.Ordinal);
        Assert.Contains("... and 2 more (run-summary.json lists every one)", Flat(outcome.StandardOutput), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("police.csv", "police.csv: ")]
    [InlineData("areas.geojson", "areas.geojson: the file states no coordinate system; its coordinates (x 430000..432000, y 280000..281000) look like British National Grid metres and are read as EPSG:27700")]
    public void Assess_ReaderWarning_ReachesTheSummaryAndTheConsole(string file, string expected)
    {
        var police = file == "police.csv" ? (object)Windows1252(PoliceFile(PoliceRow("2025-04", Inside)).Replace("Street", "Caf\u00e9", StringComparison.Ordinal)) : PoliceFile(PoliceRow("2025-04", Inside));
        var areas = file == "areas.geojson" ? Areas(null, TwoSquares) : Areas(Grid, TwoSquares);
        var folder = Folder(("study.yaml", Study()), ("areas.geojson", areas), ("police.csv", police));

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder, "out"));
        Assert.Contains(Warnings(Path.Combine(folder, "out")), w => w.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains("warning: " + expected, Flat(outcome.StandardOutput), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ReferralsAndPostcodeLookupWarnings_ReachTheSummary()
    {
        var referrals = Windows1252("ref,postcode,received,note\nR1,ZZ1 1AA,2025-04-02,Caf\u00e9\n");
        var postcodes = Postcodes + "NOT A POSTCODE,431050,280500\n";
        var folder = Folder(("study.yaml", ReferralStudy), ("areas.geojson", Areas(Grid, TwoSquares)), ("postcodes.csv", postcodes), ("referrals.csv", referrals));

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder, "out"));
        var warnings = Warnings(Path.Combine(folder, "out"));
        Assert.Contains(warnings, w => w.StartsWith("referrals.csv: ", StringComparison.Ordinal) && w.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("postcodes.csv:4: row skipped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-13", "'2025-13' is not a month or date of the calendar")]
    [InlineData("April 2025", "'April 2025' is not a month or date of the calendar")]
    [InlineData("", "Month is empty")]
    public void Assess_PoliceMonthThatIsNoMonth_IsRejectedAtFileLineField(string month, string detail)
    {
        var outcome = Assess(Study(), PoliceFile(PoliceRow(month, Inside), PoliceRow("2025-04", Inside)), out var output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(output);
        var rejection = Assert.Single(File.ReadAllLines(Path.Combine(output, "rejections.csv")).Skip(1));
        Assert.StartsWith($"incidents,police.csv,2,Month,invalid_month,", rejection, StringComparison.Ordinal);
        Assert.Contains(detail, rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30", "invalid_date,\"'2025-02-30' is not a month or date of the calendar")]
    [InlineData("31/02/2025", "invalid_date,\"'31/02/2025' is not a month or date of the calendar")]
    [InlineData("", "invalid_date,received is empty")]
    [InlineData("15/04/2025", null)]
    public void Assess_ReferralDateThatIsNoDate_IsRejectedAtFileLineField(string date, string? expected)
    {
        var referrals = $"ref,postcode,received\nR1,ZZ1 1AA,{date}\nR2,ZZ1 1AB,2025-04-15\n";
        var folder = Folder(("study.yaml", ReferralStudy), ("areas.geojson", Areas(Grid, TwoSquares)), ("postcodes.csv", Postcodes), ("referrals.csv", referrals));

        var outcome = CliProcess.Run(folder, "assess", "study.yaml", "--out", "out", "--no-graphics");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(Path.Combine(folder, "out"));
        var rejections = File.ReadAllLines(Path.Combine(folder, "out", "rejections.csv")).Skip(1).ToList();
        if (expected is null)
        {
            Assert.Empty(rejections);
            return;
        }

        Assert.StartsWith($"referrals,referrals.csv,2,received,{expected}", Assert.Single(rejections), StringComparison.Ordinal);
    }
}
