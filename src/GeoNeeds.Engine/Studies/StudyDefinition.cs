namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A study file: the geography, inputs, filters, indicators and outputs of one needs assessment. Read from
/// YAML by <see cref="StudyFile"/>; property names appear there in snake_case. Paths are relative to the
/// study file's folder.
/// </summary>
public sealed class StudyDefinition
{
    /// <summary>The assessment's title, printed on outputs.</summary>
    public string Title { get; set; } = "GeoNeeds study";

    /// <summary>Area levels from finest to coarsest, e.g. lsoa, ward, lad. The first is the level points are joined to.</summary>
    public List<LevelDefinition> Levels { get; set; } = [];

    /// <summary>An optional ONS-style best-fit lookup from the first level's codes to the others'.</summary>
    public LookupDefinition? Lookup { get; set; }

    /// <summary>Population of the first level's areas (rolled up to the others).</summary>
    public SourceDefinition? Population { get; set; }

    /// <summary>Deprivation deciles of the first level's areas.</summary>
    public SourceDefinition? Deprivation { get; set; }

    /// <summary>Postcode tables for referrals, merged in order (earlier tables win, later ones fill gaps).</summary>
    public List<SourceDefinition> Postcodes { get; set; } = [];

    /// <summary>Event inputs: police incidents, force extracts, referrals.</summary>
    public List<InputDefinition> Inputs { get; set; } = [];

    /// <summary>Rates to compute, each from one input.</summary>
    public List<IndicatorDefinition> Indicators { get; set; } = [];

    /// <summary>The needs analyses: prevalence, provision standards, change, inequality, hot spots, benchmarks.</summary>
    public Needs.NeedsDefinition? Needs { get; set; }

    public OutputDefinition Output { get; set; } = new();

    /// <summary>Maps and charts declared by the study, and whether the default set is drawn too.</summary>
    public GraphicsDefinition Graphics { get; set; } = new();

    /// <summary>The database that levels and inputs with <c>table:</c> or <c>query:</c> are read from, and results written to.</summary>
    public DatabaseDefinition? Database { get; set; }

    /// <summary>Attribution lines the data licences require; written into every output.</summary>
    public List<string> Attribution { get; set; } = [];

    /// <summary>The folder relative paths are resolved against (the study file's folder).</summary>
    public string BaseFolder { get; set; } = ".";

    /// <summary>The study file path, for messages.</summary>
    public string SourcePath { get; set; } = "";
}
