using System.ComponentModel;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// The needs-assessment analyses a study asks for, under <c>needs:</c> in the study file. Each is optional;
/// each writes its own table(s) beside the level tables.
/// </summary>
public sealed record NeedsDefinition
{
    [Description("Expected victims from survey prevalence by age and sex (needs an age-sex population).")]
    public PrevalenceNeed? Prevalence { get; init; }

    [Description("Refuge spaces provided per area against the Council of Europe standard.")]
    public RefugeNeed? Refuge { get; init; }

    [Description("MARAC cases per area against SafeLives' recommended volume (needs an age-sex population).")]
    public MaracNeed? Marac { get; init; }

    [Description("Change in each indicator's count between two periods, with the rate-versus-change quadrant.")]
    public ChangeNeed? Change { get; init; }

    [Description("true: rates by deprivation decile with the slope and relative indexes of inequality (needs deprivation).")]
    public bool Inequality { get; init; }

    [Description("Getis-Ord Gi* and local Moran clusters of each indicator's rate.")]
    public HotSpotsNeed? HotSpots { get; init; }

    [Description("true: each area's rate compared with its parent area's (Fingertips better / similar / worse).")]
    public bool Benchmark { get; init; }

    [Description("true: rates against deprivation, Pearson, Spearman and OLS per level and indicator (needs deprivation).")]
    public bool Correlation { get; init; }

    [Description("Referral records cross-tabulated by area and by fields such as age band, sex or risk level.")]
    public ProfilesNeed? Profiles { get; init; }

    [Description("Referrals' shares by age band, sex or another field against the population's shares, and against expected shares.")]
    public RepresentationNeed? Representation { get; init; }

    [Description("A list of areas (an authority and its neighbours) ranked on each indicator and compared with the group.")]
    public ComparatorsNeed? Comparators { get; init; }

    [Description("Service outcomes: adult and/or children's case forms from intake to exit, as tables, graphics and by area.")]
    public OutcomesNeed? Outcomes { get; init; }
}

/// <summary>The areas of one level to rank against each other.</summary>
public sealed record ComparatorsNeed
{
    [Description("The level the areas are of, usually the local authority.")]
    public string Level { get; init; } = "";

    [Description("The areas' codes (at least two).")]
    public List<string> Areas { get; init; } = [];
}

/// <summary>Which referral fields to profile, from which input, at which level.</summary>
public sealed record ProfilesNeed
{
    [Description("A referrals input.")]
    public string Input { get; init; } = "";

    [Description("Columns of its files (case ignored), each profiled on its own.")]
    public List<string> Fields { get; init; } = [];

    [Description("The level whose areas the profiles are by.")]
    public string Level { get; init; } = "";
}

/// <summary>Survey prevalence applied to the population.</summary>
public sealed record PrevalenceNeed
{
    [Description("The built-in survey edition (csew-2021, the default) or a survey table file.")]
    public string Survey { get; init; } = "csew-2021";

    [Description("An input whose counts are set against the expected numbers (recorded per expected).")]
    public string? Recorded { get; init; }
}

/// <summary>Figures known per area of one level, usually the local authority.</summary>
public abstract record ProvisionNeed
{
    [Description("The level the figures are for, usually lad.")]
    public string Level { get; init; } = "";

    /// <summary>Area code → figure.</summary>
    internal abstract Dictionary<string, double> Figures { get; }
}

/// <summary>Refuge family spaces provided per area.</summary>
public sealed record RefugeNeed : ProvisionNeed
{
    [Description("Area code → refuge family spaces provided.")]
    public Dictionary<string, double> Provided { get; init; } = [];

    internal override Dictionary<string, double> Figures => Provided;
}

/// <summary>MARAC cases heard in a year per area.</summary>
public sealed record MaracNeed : ProvisionNeed
{
    [Description("Area code → cases discussed at MARAC in a year.")]
    public Dictionary<string, double> Cases { get; init; } = [];

    [Description("Women of this age and over are the adult women: 16 (the default, SafeLives and ONS) or 18.")]
    public int AdultAge { get; init; } = Stats.AdultWomen.DefaultAdultAge;

    [Description("The IDVAs in post per area, compared by SafeLives' caseload (default) or per 100,000 adult women.")]
    public IdvaStaffing? Idvas { get; init; }

    internal override Dictionary<string, double> Figures => Cases;
}

/// <summary>The IDVAs in post per area, from a table, and the recommendation they are compared with.</summary>
public sealed record IdvaStaffing
{
    [Description("A table area_code,<column> of full-time-equivalent IDVAs in post, one row per area of the level.")]
    public string Path { get; init; } = "";

    [Description("The table's column holding the FTE (default idva_fte).")]
    public string Column { get; init; } = "idva_fte";

    [Description("Cases a year one full-time IDVA holds: recommended FTE = cases / caseload, on expected and heard cases (default 100, SafeLives).")]
    public double? Caseload { get; init; }

    [Description("Instead of the caseload: recommended FTE per 100,000 adult women (state the figure you compare against).")]
    public double? PerHundredThousandWomen { get; init; }

    /// <summary>The recommendation: the caseload unless a figure per 100,000 adult women is given.</summary>
    internal Indicators.IdvaStandard Standard => PerHundredThousandWomen is { } per
        ? Indicators.IdvaStandard.PerAdultWomen(per)
        : Indicators.IdvaStandard.Caseload(Caseload ?? Stats.IdvaCaseload.SafeLivesCasesPerIdva);
}

/// <summary>Two periods of months (inclusive, <c>yyyy-MM</c>) to compare.</summary>
public sealed record ChangeNeed
{
    [Description("The first period: [first month, last month] as yyyy-MM.")]
    public List<string> Before { get; init; } = [];

    [Description("The second period: [first month, last month] as yyyy-MM.")]
    public List<string> After { get; init; } = [];

    /// <summary>The two periods as ranges of months (a one-month list is that month alone).</summary>
    public Indicators.ChangePeriods ToPeriods() => new(Before[0], Before[^1], After[0], After[^1]);
}

/// <summary>Hot-spot settings.</summary>
public sealed record HotSpotsNeed
{
    [Description("Levels with boundaries to analyse; default: every level with boundaries and at least 3 areas.")]
    public List<string> Levels { get; init; } = [];

    [Description("Permutations of the local Moran test (default 999).")]
    public int Permutations { get; init; } = Stats.Spatial.PermutationTest.DefaultPermutations;

    [Description("Seed of the permutations, so a rerun gives the same clusters.")]
    public int Seed { get; init; } = Stats.Spatial.PermutationTest.DefaultSeed;
}
