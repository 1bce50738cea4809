namespace GeoNeeds.Synthetic;

/// <summary>
/// One of the demo town's two domestic-abuse services whose case records the generator invents: who it supports,
/// how many cases it opened, and which of its forms are written.
/// </summary>
/// <param name="Name">The service as the file names and <c>--service</c> know it: <c>adult</c> or <c>children</c>.</param>
/// <param name="CaseIdPrefix">The start of every case id, e.g. <c>AD</c> for <c>AD00042</c>.</param>
/// <param name="Teams">The teams named in the <c>service</c> column, with their shares of cases.</param>
/// <param name="Cases">Cases opened over the three years, each with one intake form.</param>
/// <param name="ExitForms">Closed cases whose exit form was completed (the rest were closed without one).</param>
/// <param name="Planted">How many of each deliberate fault the files carry.</param>
/// <param name="Ages">The service users' ages, youngest and oldest, and the most common.</param>
/// <param name="FemaleShare">The share of service users who are female.</param>
/// <param name="IsChildren">Whether the forms carry <c>exposed_to_abuse</c> and <c>direct_abuse</c>.</param>
internal sealed record OutcomeService(
    string Name,
    string CaseIdPrefix,
    IReadOnlyList<(string Team, double Share)> Teams,
    int Cases,
    int ExitForms,
    PlantedFaults Planted,
    (int Youngest, int Oldest, int Mode) Ages,
    double FemaleShare,
    bool IsChildren)
{
    /// <summary>An adult IDVA and outreach service: mostly women, aged 16 and over.</summary>
    public static readonly OutcomeService Adult = new(
        "adult", "AD", [("idva", 45), ("outreach", 55)], 780, 515, new PlantedFaults(10, 6, 5), (16, 82, 31), 0.93, IsChildren: false);

    /// <summary>A children and young people's service: children of both sexes up to 17 who live with domestic abuse.</summary>
    public static readonly OutcomeService Children = new(
        "children", "CY", [("children_young_people", 100)], 390, 265, new PlantedFaults(6, 4, 3), (4, 17, 11), 0.52, IsChildren: true);

    /// <summary>The intake form's columns, in file order.</summary>
    public IReadOnlyList<string> IntakeColumns =>
    [
        "case_id", "intake_date", "service", "postcode", "age", "sex", "ethnicity", "disability", "referral_source", "repeat",
        "dash_ticks", "high_risk", "marac", .. AbuseLevels.Types, .. HarmfulPractices.Types, .. ChildColumns,
    ];

    /// <summary>The exit form's columns, in file order.</summary>
    public IReadOnlyList<string> ExitColumns =>
    [
        "case_id", "exit_date", "closure", "closure_reason", "contacts", "dash_ticks", .. AbuseLevels.Types,
        "feels_safer", "wellbeing_improved", .. ChildColumns,
    ];

    private IReadOnlyList<string> ChildColumns => IsChildren ? ChildExposure.Columns : [];
}
