using System.ComponentModel;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>The case forms of an adult and/or a children's service, analysed from intake to exit and by area.</summary>
public sealed record OutcomesNeed
{
    [Description("An adult service's intake and exit forms.")]
    public OutcomeForms? Adult { get; init; }

    [Description("A children and young people's service's intake and exit forms (they also ask about exposure to abuse and direct abuse).")]
    public OutcomeForms? Children { get; init; }

    [Description("Further intake columns to profile (e.g. an ethnicity grouping), in every service's forms.")]
    public List<string> Profile { get; init; } = [];

    [Description("Levels to write <level>_outcomes.csv for, by each case's postcode or area code; default: every level.")]
    public List<string> Levels { get; init; } = [];
}

/// <summary>One service's intake and exit forms (CSV, one row per form; columns in the README).</summary>
public sealed record OutcomeForms
{
    [Description("The intake forms: case_id, intake_date, postcode (or area_code of the first level), dash_ticks, abuse levels...")]
    public string Intake { get; init; } = "";

    [Description("The exit forms: case_id, exit_date, closure, contacts, dash_ticks, abuse levels, feels_safer...")]
    public string Exit { get; init; } = "";
}
