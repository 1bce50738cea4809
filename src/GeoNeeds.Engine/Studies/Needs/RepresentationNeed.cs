using System.ComponentModel;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Referrals' profile against the population they come from: each group's share of the referrals against its share
/// of the population, and against a share a standard expects.
/// </summary>
public sealed record RepresentationNeed
{
    /// <summary>The population group a field's values are compared with: age bands of the age-sex population.</summary>
    public const string Age = "age";

    /// <summary>The population group a field's values are compared with: the sexes of the age-sex population.</summary>
    public const string Sex = "sex";

    [Description("A referrals input.")]
    public string Input { get; init; } = "";

    [Description("The level whose areas are compared (each area and the TOTAL of the study area).")]
    public string Level { get; init; } = "";

    [Description("Referral column → what its values are compared with in the age-sex population: age (values are age bands such as 25-34) or sex (F/Female, M/Male).")]
    public Dictionary<string, string> Fields { get; init; } = [];

    [Description("The ages the referrals come from, e.g. 16+ (default: every age); the population's shares are of these ages.")]
    public string? Ages { get; init; }

    [Description("Shares a standard expects, e.g. { field: repeat_referral, value: 'yes', share: 0.28-0.40 }.")]
    public List<ExpectedShareNeed> Expected { get; init; } = [];

    /// <summary>Every field the table covers: those compared with the population, then those with an expected share.</summary>
    internal IReadOnlyList<string> AllFields =>
        [.. Fields.Keys.Concat(Expected.Select(e => e.Field)).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>One value of a referral field and the share of referrals a standard expects to have it.</summary>
public sealed record ExpectedShareNeed
{
    [Description("The referral column.")]
    public string Field { get; init; } = "";

    [Description("The value whose share is expected.")]
    public string Value { get; init; } = "";

    [Description("The expected share, 0 to 1: one figure (0.5) or a range (0.28-0.40).")]
    public string Share { get; init; } = "";
}
