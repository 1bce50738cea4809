using System.ComponentModel;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// The needs-assessment analyses a study asks for, under <c>needs:</c> in the study file. Each is optional;
/// each writes its own table(s) beside the level tables.
/// </summary>
public sealed class NeedsDefinition
{
    [Description("Expected victims from survey prevalence by age and sex (needs an age-sex population).")]
    public PrevalenceNeed? Prevalence { get; set; }

    [Description("Refuge spaces provided per area against the Council of Europe standard.")]
    public RefugeNeed? Refuge { get; set; }

    [Description("MARAC cases per area against SafeLives' recommended volume (needs an age-sex population).")]
    public MaracNeed? Marac { get; set; }

    [Description("Change in each indicator's count between two periods, with the rate-versus-change quadrant.")]
    public ChangeNeed? Change { get; set; }

    [Description("true: rates by deprivation decile with the slope and relative indexes of inequality (needs deprivation).")]
    public bool Inequality { get; set; }

    [Description("Getis-Ord Gi* and local Moran clusters of each indicator's rate.")]
    public HotSpotsNeed? HotSpots { get; set; }

    [Description("true: each area's rate compared with its parent area's (Fingertips better / similar / worse).")]
    public bool Benchmark { get; set; }

    [Description("true: rates against deprivation, Pearson, Spearman and OLS per level and indicator (needs deprivation).")]
    public bool Correlation { get; set; }

    [Description("Referral records cross-tabulated by area and by fields such as age band, sex or risk level.")]
    public ProfilesNeed? Profiles { get; set; }

    [Description("A list of areas (an authority and its neighbours) ranked on each indicator and compared with the group.")]
    public ComparatorsNeed? Comparators { get; set; }
}

/// <summary>The areas of one level to rank against each other.</summary>
public sealed class ComparatorsNeed
{
    [Description("The level the areas are of, usually the local authority.")]
    public string Level { get; set; } = "";

    [Description("The areas' codes (at least two).")]
    public List<string> Areas { get; set; } = [];
}

/// <summary>Which referral fields to profile, from which input, at which level.</summary>
public sealed class ProfilesNeed
{
    [Description("A referrals input.")]
    public string Input { get; set; } = "";

    [Description("Columns of its files (case ignored), each profiled on its own.")]
    public List<string> Fields { get; set; } = [];

    [Description("The level whose areas the profiles are by.")]
    public string Level { get; set; } = "";
}

/// <summary>Survey prevalence applied to the population.</summary>
public sealed class PrevalenceNeed
{
    [Description("The built-in survey edition (csew-2021, the default) or a survey table file.")]
    public string Survey { get; set; } = "csew-2021";

    [Description("An input whose counts are set against the expected numbers (recorded per expected).")]
    public string? Recorded { get; set; }
}

/// <summary>Figures known per area of one level, usually the local authority.</summary>
public abstract class ProvisionNeed
{
    [Description("The level the figures are for, usually lad.")]
    public string Level { get; set; } = "";

    /// <summary>Area code → figure.</summary>
    internal abstract Dictionary<string, double> Figures { get; }
}

/// <summary>Refuge family spaces provided per area.</summary>
public sealed class RefugeNeed : ProvisionNeed
{
    [Description("Area code → refuge family spaces provided.")]
    public Dictionary<string, double> Provided { get; set; } = [];

    internal override Dictionary<string, double> Figures => Provided;
}

/// <summary>MARAC cases heard in a year per area.</summary>
public sealed class MaracNeed : ProvisionNeed
{
    [Description("Area code → cases discussed at MARAC in a year.")]
    public Dictionary<string, double> Cases { get; set; } = [];

    internal override Dictionary<string, double> Figures => Cases;
}

/// <summary>Two periods of months (inclusive, <c>yyyy-MM</c>) to compare.</summary>
public sealed class ChangeNeed
{
    [Description("The first period: [first month, last month] as yyyy-MM.")]
    public List<string> Before { get; set; } = [];

    [Description("The second period: [first month, last month] as yyyy-MM.")]
    public List<string> After { get; set; } = [];

    /// <summary>The two periods as ranges of months (a one-month list is that month alone).</summary>
    public Indicators.ChangePeriods ToPeriods() => new(Before[0], Before[^1], After[0], After[^1]);
}

/// <summary>Hot-spot settings.</summary>
public sealed class HotSpotsNeed
{
    [Description("Levels with boundaries to analyse; default: every level with boundaries and at least 3 areas.")]
    public List<string> Levels { get; set; } = [];

    [Description("Permutations of the local Moran test (default 999).")]
    public int Permutations { get; set; } = Stats.Spatial.PermutationTest.DefaultPermutations;

    [Description("Seed of the permutations, so a rerun gives the same clusters.")]
    public int Seed { get; set; } = Stats.Spatial.PermutationTest.DefaultSeed;
}
