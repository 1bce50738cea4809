using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// What an indicator's rate is per: residents (the default), <c>children</c> aged 0–17 from the age-sex population,
/// or a column of a base-level table such as <c>{ path: households.csv, column: households }</c>, summed into each
/// area like the population.
/// </summary>
public sealed record DenominatorDefinition
{
    [Description("A population group given by name: residents or children (also written as denominator: children).")]
    public DenominatorGroup? Group { get; init; }

    [Description("A table area_code,<column> with a row per base-level area.")]
    public string? Path { get; init; }

    [Description("The table's column holding the denominator.")]
    public string? Column { get; init; }

    /// <summary>What the rate columns' names end in (<c>_rate_per_10000_children</c>), or null for residents.</summary>
    internal string? Suffix => Path is not null ? Column : Group == DenominatorGroup.Children ? EnumSpelling.Of(DenominatorGroup.Children) : null;
}
