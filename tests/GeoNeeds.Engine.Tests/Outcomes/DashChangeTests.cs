using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;
using static GeoNeeds.Engine.Tests.Outcomes.Cases;

namespace GeoNeeds.Engine.Tests.Outcomes;

public class DashChangeTests
{
    [Fact]
    public void Of_PublishedAdultOutreachExample_ReproducesThePrintedPercentages()
    {
        // A published adult outreach outcome report (the example), n = 1,477 with a score at intake and exit:
        // intake standard / medium / high 315 / 569 / 593 = 21% / 39% / 40%; exit 476 / 567 / 434 = 32% / 38% / 29%.
        // Cases are paired so that the marginals are the report's; the percentages depend only on them.
        int[] intake = [.. Enumerable.Repeat(3, 315), .. Enumerable.Repeat(7, 569), .. Enumerable.Repeat(14, 593)];
        int[] exit = [.. Enumerable.Repeat(3, 476), .. Enumerable.Repeat(7, 567), .. Enumerable.Repeat(14, 434)];
        var cases = intake.Zip(exit, (i, e) => Case(dashIntake: i, dashExit: e)).ToList();

        var dash = DashChange.Of(cases);

        Assert.Equal(1477, dash.AtIntake.N);
        Assert.Equal([21, 39, 40], PrintedPercents(dash.AtIntake));
        Assert.Equal([32, 38, 29], PrintedPercents(dash.AtExit));
    }

    [Fact]
    public void Of_CasesWithoutAScoreAtBoth_AreLeftOutOfTheBase()
    {
        var dash = DashChange.Of([Case(dashIntake: 12, dashExit: 4), Case(dashIntake: 12), Case(dashExit: 3), Case(dashIntake: 8, dashExit: 8, exitDate: null)]);

        Assert.Equal(1, dash.AtIntake.N);
    }

    [Fact]
    public void Of_Scores_CountsFellSameAndRose()
    {
        var dash = DashChange.Of([Case(dashIntake: 12, dashExit: 4), Case(dashIntake: 12, dashExit: 11), Case(dashIntake: 5, dashExit: 5), Case(dashIntake: 2, dashExit: 9)]);

        Assert.Equal([("fell", 2L), ("same", 1L), ("rose", 1L)], dash.Score.Categories.Select(c => (c.Category, c.Count)));
    }

    [Fact]
    public void Of_HighRiskChange_IsMcNemarOnTheDiscordantPairs()
    {
        // 6 cases from high to standard, 1 from medium to high: McNemar's statistic on b = 6, c = 1 is 25 / 7.
        var cases = Times(6, () => Case(dashIntake: 15, dashExit: 2)).Append(Case(dashIntake: 7, dashExit: 12)).Append(Case(dashIntake: 12, dashExit: 12)).ToList();

        var dash = DashChange.Of(cases);

        Assert.Equal(McNemarTest.Calculate(6, 1), dash.HighRisk.Test);
        Assert.Equal(25.0 / 7, dash.HighRisk.Test.Statistic, 1e-12);
        Assert.Equal((8L, 3), (dash.Bands.N, dash.Bands.Test.DegreesOfFreedom));
    }

    [Fact]
    public void DashBand_ScoreZero_IsStandard()
    {
        Assert.Equal(["standard", "standard", "medium", "medium", "high", "high"], new int?[] { 0, 5, 6, 9, 10, 27 }.Select(DashBand.Of));
    }

    private static int[] PrintedPercents(Breakdown breakdown) =>
        [.. breakdown.Categories.Select(c => (int)Math.Round(OutcomeLayout.Share(c.Count, breakdown.N)!.Value.Percent, MidpointRounding.AwayFromZero))];
}
