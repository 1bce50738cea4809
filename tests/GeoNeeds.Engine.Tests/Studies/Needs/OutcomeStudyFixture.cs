using System.Globalization;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// An adult service's forms on <see cref="StudyFixture"/>: 12 cases in LSOA 1, 2 in LSOA 2 (a small count), 10 in
/// LSOA 3, 9 in LSOA 4 and 1 whose postcode is in no lookup (unplaced), every one closed. LSOAs 1 and 2 make the west
/// ward, 3 and 4 the east. The forms carry the children's service's questions too, so either service can read them.
/// </summary>
internal static class OutcomeStudyFixture
{
    /// <summary>Postcode, cases, DASH at intake and at exit, and the cases of them whose exit score is the other given.</summary>
    private static readonly (string Postcode, int Cases, int Intake, int Exit)[] Groups =
    [
        ("ZZ1 1AA", 8, 12, 3), ("ZZ1 1AA", 4, 12, 11),
        ("ZZ1 2AA", 2, 12, 3),
        ("ZZ1 3AA", 10, 7, 2),
        ("ZZ1 4AA", 6, 11, 11), ("ZZ1 4AA", 3, 11, 4),
        ("ZZ9 9ZZ", 1, 12, 3),
    ];

    /// <summary>Runs the fixture's study with <paramref name="needs"/> as its <c>needs.outcomes</c> and <paramref name="suppressBelow"/>.</summary>
    public static StudyResult Run(int suppressBelow, string needs = "{ adult: { intake: intake.csv, exit: exit.csv }, levels: [lsoa, ward] }")
    {
        var fixture = Write();
        fixture.Write("study.yaml", ReferralSexFixture.Study + $"needs:\n  outcomes: {needs}\noutput: {{ suppress_below: {suppressBelow} }}\n");
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));
    }

    /// <summary>The fixture's files, without a study file.</summary>
    public static StudyFixture Write()
    {
        var fixture = new StudyFixture();
        fixture.Write("postcodes.csv", "pcds,easting,northing,lsoa_code\n"
            + string.Concat(Enumerable.Range(1, 4).Select(i => $"ZZ1 {i}AA,{429500 + (i * 1000)},280500,X0100000{i}\n")));
        fixture.Write("referrals.csv", "received,postcode,sex\n2025-04-01,ZZ1 1AA,F\n");
        var intake = new List<string> { "case_id,intake_date,service,postcode,age,sex,ethnicity,disability,referral_source,repeat,dash_ticks,high_risk,marac,physical,sexual,harassment_stalking,jealous_controlling,forced_marriage,honour_based,fgm,exposed_to_abuse,direct_abuse" };
        var exit = new List<string> { "case_id,exit_date,closure,closure_reason,contacts,dash_ticks,physical,sexual,harassment_stalking,jealous_controlling,feels_safer,wellbeing_improved,exposed_to_abuse,direct_abuse" };
        var id = 0;
        foreach (var (postcode, cases, atIntake, atExit) in Groups)
        {
            for (var i = 0; i < cases; i++, id++)
            {
                var caseId = string.Create(CultureInfo.InvariantCulture, $"C{id:000}");
                intake.Add($"{caseId},2024-05-01,idva,{postcode},30,female,white_british,no,police,new,{atIntake},yes,no,high,none,none,moderate,no,no,no,yes,yes");
                exit.Add($"{caseId},2024-09-01,planned,risk_reduced,8,{atExit},standard,none,none,none,{(i % 3 == 0 ? "no" : "yes")},yes,yes,no");
            }
        }

        fixture.Write("intake.csv", string.Join("\n", intake) + "\n");
        fixture.Write("exit.csv", string.Join("\n", exit) + "\n");
        return fixture;
    }
}
