namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// The needs-assessment analyses a study asks for, under <c>needs:</c> in the study file. Each is optional;
/// each writes its own table(s) beside the level tables.
/// </summary>
public sealed class NeedsDefinition
{
    /// <summary>Expected victims from survey prevalence by age and sex (needs an age-sex population).</summary>
    public PrevalenceNeed? Prevalence { get; set; }

    /// <summary>Refuge spaces provided per area against the Council of Europe standard.</summary>
    public RefugeNeed? Refuge { get; set; }

    /// <summary>MARAC cases per area against SafeLives' recommended volume (needs an age-sex population).</summary>
    public MaracNeed? Marac { get; set; }

    /// <summary>Change in each indicator's count between two periods, with the rate-versus-change quadrant.</summary>
    public ChangeNeed? Change { get; set; }

    /// <summary>Rates by deprivation decile with the slope and relative indexes of inequality.</summary>
    public bool Inequality { get; set; }

    /// <summary>Getis-Ord Gi* and local Moran clusters of each indicator's rate.</summary>
    public HotSpotsNeed? HotSpots { get; set; }

    /// <summary>Each area's rate compared with its parent area's (Fingertips better / similar / worse).</summary>
    public bool Benchmark { get; set; }

    /// <summary>How rates relate to deprivation: Pearson, Spearman and OLS per level and indicator.</summary>
    public bool Correlation { get; set; }

    /// <summary>Referral records cross-tabulated by area and by fields such as age band, sex or risk level.</summary>
    public ProfilesNeed? Profiles { get; set; }

    /// <summary>A list of areas (an authority and its neighbours) ranked on each indicator and compared with the group.</summary>
    public ComparatorsNeed? Comparators { get; set; }
}

/// <summary>The areas of one level to rank against each other.</summary>
public sealed class ComparatorsNeed
{
    /// <summary>The level the areas are of, usually the local authority.</summary>
    public string Level { get; set; } = "";

    /// <summary>The areas' codes.</summary>
    public List<string> Areas { get; set; } = [];
}

/// <summary>Which referral fields to profile, from which input, at which level.</summary>
public sealed class ProfilesNeed
{
    /// <summary>A referrals input.</summary>
    public string Input { get; set; } = "";

    /// <summary>Columns of its files (case ignored), each profiled on its own.</summary>
    public List<string> Fields { get; set; } = [];

    /// <summary>The level whose areas the profiles are by.</summary>
    public string Level { get; set; } = "";
}

/// <summary>Survey prevalence applied to the population.</summary>
public sealed class PrevalenceNeed
{
    /// <summary>The embedded survey edition (e.g. <c>csew-2021</c>) or a survey table path.</summary>
    public string Survey { get; set; } = "csew-2021";

    /// <summary>An input whose counts are set against the expected numbers (recorded per expected).</summary>
    public string? Recorded { get; set; }
}

/// <summary>Figures known per area of one level, usually the local authority.</summary>
public abstract class ProvisionNeed
{
    /// <summary>The level the figures are for.</summary>
    public string Level { get; set; } = "";

    /// <summary>Area code → figure.</summary>
    internal abstract Dictionary<string, double> Figures { get; }
}

/// <summary>Refuge family spaces provided per area.</summary>
public sealed class RefugeNeed : ProvisionNeed
{
    /// <summary>Area code → refuge family spaces provided.</summary>
    public Dictionary<string, double> Provided { get; set; } = [];

    internal override Dictionary<string, double> Figures => Provided;
}

/// <summary>MARAC cases heard in a year per area.</summary>
public sealed class MaracNeed : ProvisionNeed
{
    /// <summary>Area code → cases discussed at MARAC in a year.</summary>
    public Dictionary<string, double> Cases { get; set; } = [];

    internal override Dictionary<string, double> Figures => Cases;
}

/// <summary>Two periods of months (inclusive, <c>yyyy-MM</c>) to compare.</summary>
public sealed class ChangeNeed
{
    public List<string> Before { get; set; } = [];

    public List<string> After { get; set; } = [];

    /// <summary>The two periods as ranges of months (a one-month list is that month alone).</summary>
    public Indicators.ChangePeriods ToPeriods() => new(Before[0], Before[^1], After[0], After[^1]);
}

/// <summary>Hot-spot settings.</summary>
public sealed class HotSpotsNeed
{
    /// <summary>Levels with boundaries to analyse; default: every level with boundaries and at least 3 areas.</summary>
    public List<string> Levels { get; set; } = [];

    public int Permutations { get; set; } = Stats.Spatial.PermutationTest.DefaultPermutations;

    public int Seed { get; set; } = Stats.Spatial.PermutationTest.DefaultSeed;
}
