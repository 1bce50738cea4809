using System.ComponentModel;
using System.Text.Json.Serialization;
using GeoNeeds.Engine.Io.Boundaries;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A study file: the geography, inputs, filters, indicators and outputs of one needs assessment. Read from
/// YAML by <see cref="StudyFile"/>; property names appear there in snake_case. Paths are relative to the
/// study file's folder.
/// </summary>
public sealed record StudyDefinition
{
    [Description("The assessment's title, printed on outputs.")]
    public string Title { get; init; } = "GeoNeeds study";

    [Description("Area levels from finest to coarsest, e.g. lsoa, ward, lad. Points are joined to the first, which rolls up to the others.")]
    public List<LevelDefinition> Levels { get; init; } = [];

    [Description("An optional ONS-style best-fit lookup from the first level's codes to the others'.")]
    public LookupDefinition? Lookup { get; init; }

    [Description("Population of the first level's areas (rolled up to the others): format age-sex or iod2019.")]
    public SourceDefinition? Population { get; init; }

    [Description("Deprivation deciles of the first level's areas: format imd2019 or wimd2019.")]
    public SourceDefinition? Deprivation { get; init; }

    [Description("Postcode tables for referrals, merged in order (earlier tables win, later ones fill gaps): format csv or code-point.")]
    public List<SourceDefinition> Postcodes { get; init; } = [];

    [Description("Event inputs: police incidents, force extracts, referrals.")]
    public List<InputDefinition> Inputs { get; init; } = [];

    [Description("Rates to compute, each from one input.")]
    public List<IndicatorDefinition> Indicators { get; init; } = [];

    [Description("Named periods of months (e.g. years) whose rates the trend table compares; of equal length unless annualise is true.")]
    public List<PeriodDefinition> Periods { get; init; } = [];

    [Description("Names of the periods whose pooled rate is the baseline (index 100) that every period is compared with.")]
    public List<string> Baseline { get; init; } = [];

    [Description("The period compared with the baseline on the quadrant chart; default: the last period.")]
    public string? Compare { get; init; }

    [Description("true: rates per year (count × 12 / months), so periods (and needs.change's before and after) of unequal length compare.")]
    public bool Annualise { get; init; }

    [Description("The needs analyses: prevalence, provision standards, change, inequality, hot spots, benchmarks, correlation, profiles, comparators, service outcomes.")]
    public Needs.NeedsDefinition? Needs { get; init; }

    [Description("Where and how outputs are written.")]
    public OutputDefinition Output { get; init; } = new();

    [Description("Maps and charts drawn besides (or instead of) the default set.")]
    public GraphicsDefinition Graphics { get; init; } = new();

    [Description("The PostgreSQL/PostGIS database that levels and inputs with table: or query: are read from, and results written to.")]
    public DatabaseDefinition? Database { get; init; }

    [Description("Attribution lines the data licences require; written into every output.")]
    public List<string> Attribution { get; init; } = [];

    /// <summary>The folder relative paths are resolved against (the study file's folder).</summary>
    [YamlIgnore]
    [JsonIgnore]
    public string BaseFolder { get; init; } = ".";

    /// <summary>The study file path, for messages.</summary>
    [YamlIgnore]
    [JsonIgnore]
    public string SourcePath { get; init; } = "";

    /// <summary>
    /// Whether the run publishes only each first-level area's count and the study total (as <c>count-points</c>
    /// does): disclosure control then weighs those counts alone, not the monthly cells and periods a study writes.
    /// </summary>
    [YamlIgnore]
    [JsonIgnore]
    public bool PublishesAreaCountsOnly { get; init; }

    /// <summary>Where boundary files, once read, are kept for later runs; <c>null</c> reads every file afresh.</summary>
    [YamlIgnore]
    [JsonIgnore]
    public BoundaryCache? BoundaryCache { get; init; }
}
