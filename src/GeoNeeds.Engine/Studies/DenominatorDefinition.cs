namespace GeoNeeds.Engine.Studies;

/// <summary>
/// What an indicator's rate is per: residents (the default), <c>children</c> aged 0–17 from the age-sex population,
/// or a column of a base-level table such as <c>{ path: households.csv, column: households }</c>, summed into each
/// area like the population.
/// </summary>
public sealed class DenominatorDefinition
{
    public const string Residents = "residents";

    public const string Children = "children";

    /// <summary>A population group given by name: <c>residents</c> or <c>children</c>.</summary>
    public string? Group { get; set; }

    /// <summary>A table <c>area_code,&lt;column&gt;</c> with a row per base-level area.</summary>
    public string? Path { get; set; }

    /// <summary>The table's column holding the denominator.</summary>
    public string? Column { get; set; }

    /// <summary>What the rate columns' names end in (<c>_rate_per_10000_children</c>), or null for residents.</summary>
    internal string? Suffix => Path is not null ? Column : Group == Children ? Children : null;
}
