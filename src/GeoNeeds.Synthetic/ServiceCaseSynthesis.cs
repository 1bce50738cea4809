namespace GeoNeeds.Synthetic;

/// <summary>
/// Invents a service's cases over three financial years ending with the demo year: who was supported, their
/// risk and abuse at intake, and how the case closed, with service users living in the more deprived LSOAs
/// more often.
/// </summary>
internal sealed class ServiceCaseSynthesis(OutcomeService service, WeightedChoice<FakePostcode> homes, Random random)
{
    /// <summary>The first day of the three years of case records, two years before the demo year.</summary>
    public static readonly DateOnly FirstDay = DemoCalendar.Month(0).AddYears(-2);

    /// <summary>The last day of the demo year; later exits belong to cases still open.</summary>
    public static readonly DateOnly LastDay = DemoCalendar.Month(DemoCalendar.MonthCount).AddDays(-1);

    private static readonly int DayCount = LastDay.DayNumber - FirstDay.DayNumber + 1;

    // Opened cases grow by about a sixth over the three years, as referrals to services have.
    private static readonly WeightedChoice<int> OpeningDays = new(Enumerable.Range(0, DayCount).Select(d => (d, 1 + (0.16 * d / DayCount))));

    private static readonly WeightedChoice<string> Ethnicities = new(
        [("white_british", 78), ("white_other", 6), ("mixed", 4), ("asian", 6), ("black", 3), ("other", 1), (YesNo.DontKnow, 2)]);

    private static readonly WeightedChoice<string> AdultReferrers = new(
    [
        ("police", 38), ("marac", 6), ("self", 14), ("health", 12), ("children_social_care", 10), ("housing", 6),
        ("voluntary_sector", 8), ("other", 6),
    ]);

    private static readonly WeightedChoice<string> ChildReferrers = new(
        [("children_social_care", 35), ("school", 25), ("police", 10), ("health", 10), ("self", 5), ("voluntary_sector", 10), ("other", 5)]);

    private static readonly WeightedChoice<string> PlannedReasons = new([("support_complete", 70), ("risk_reduced", 20), ("moved_to_other_service", 10)]);

    private static readonly WeightedChoice<string> UnplannedReasons = new(
        [("disengaged", 40), ("unable_to_contact", 35), ("declined_support", 15), ("moved_away", 10)]);

    private readonly WeightedChoice<string> _teams = new(service.Teams);

    /// <summary>A day within the three years on which a case was opened.</summary>
    public DateOnly DrawOpening() => FirstDay.AddDays(OpeningDays.Draw(random));

    /// <summary>A case opened on <paramref name="opened"/>, with the reference <paramref name="caseId"/>.</summary>
    public ServiceCase Next(string caseId, DateOnly opened)
    {
        var planned = RandomDraws.Chance(random, 0.72);
        // Case length in weeks: log-normal around three months, unplanned closures sooner.
        var weeks = Math.Exp(RandomDraws.Normal(random, Math.Log(planned ? 15 : 10), 0.65));
        var closed = opened.AddDays(Math.Max(1, (int)Math.Round(weeks * 7)));
        var ticks = DashScore.AtIntake(random);
        var band = DashScore.Band(ticks);
        var abuse = AbuseLevels.Types.Select((_, type) => AbuseLevels.AtIntake(type, band, random)).ToList();
        var highRisk = HighRisk(ticks);
        var intake = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = _teams.Draw(random),
            ["postcode"] = homes.Draw(random).Text,
            ["age"] = DemoCsv.Number(Age()),
            ["sex"] = RandomDraws.Chance(random, service.FemaleShare) ? "female" : "male",
            ["ethnicity"] = Ethnicities.Draw(random),
            ["disability"] = service.IsChildren ? YesNo.Draw(random, 12, 80, 8) : YesNo.Draw(random, 22, 70, 8),
            ["referral_source"] = (service.IsChildren ? ChildReferrers : AdultReferrers).Draw(random),
            ["repeat"] = RandomDraws.Chance(random, 0.24) ? "repeat" : "new",
            ["dash_ticks"] = DemoCsv.Number(ticks),
            ["high_risk"] = highRisk,
            ["marac"] = highRisk == YesNo.Yes ? YesNo.Draw(random, 75, 20, 5) : YesNo.Draw(random, 3, 92, 5),
        };
        var exit = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["closure"] = planned ? "planned" : "unplanned",
            ["closure_reason"] = (planned ? PlannedReasons : UnplannedReasons).Draw(random),
            ["contacts"] = DemoCsv.Number(Math.Max(1, (int)Math.Round(weeks * 0.9 * Math.Exp(RandomDraws.Normal(random, 0, 0.5))))),
            // Risk is often not re-assessed when someone stops engaging.
            ["dash_ticks"] = !planned && RandomDraws.Chance(random, 0.3) ? "" : DemoCsv.Number(DashScore.AtExit(ticks, random)),
            ["feels_safer"] = planned ? YesNo.Draw(random, 85, 8, 7) : YesNo.Draw(random, 55, 20, 25),
            ["wellbeing_improved"] = planned ? YesNo.Draw(random, 78, 12, 10) : YesNo.Draw(random, 50, 25, 25),
        };
        for (var type = 0; type < AbuseLevels.Types.Count; type++)
        {
            intake[AbuseLevels.Types[type]] = abuse[type];
            exit[AbuseLevels.Types[type]] = AbuseLevels.AtExit(abuse[type], random);
        }

        for (var type = 0; type < HarmfulPractices.Types.Count; type++)
        {
            intake[HarmfulPractices.Types[type]] = HarmfulPractices.Answer(type, random);
        }

        if (service.IsChildren)
        {
            var atIntake = ChildExposure.AtIntake(random);
            var atExit = ChildExposure.AtExit(atIntake, random);
            (intake[ChildExposure.Columns[0]], intake[ChildExposure.Columns[1]]) = atIntake;
            (exit[ChildExposure.Columns[0]], exit[ChildExposure.Columns[1]]) = atExit;
        }

        return new ServiceCase(caseId, opened, closed, intake, exit);
    }

    private int Age()
    {
        var (youngest, oldest, mode) = service.Ages;
        var spread = (oldest - youngest) / 5.0;
        return Math.Clamp((int)Math.Round(RandomDraws.Normal(random, mode + (spread / 3), spread)), youngest, oldest);
    }

    /// <summary>High risk by the SafeLives threshold of 14 ticks, or by professional judgement for some below it.</summary>
    private string HighRisk(int ticks)
    {
        if (RandomDraws.Chance(random, 0.02))
        {
            return YesNo.DontKnow;
        }

        return YesNo.Of(ticks >= 14 || RandomDraws.Chance(random, ticks >= 10 ? 0.15 : 0.03));
    }
}
