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

    /// <summary>The kind of the field <see cref="AgeBySex"/> makes: an age band and a sex, e.g. <c>25-34 / F</c>.</summary>
    internal const string AgeAndSex = "age_by_sex";

    [Description("Referral column → what its values are compared with: age (age bands such as 25-34) or sex (F/Female, M/Male) of the age-sex population, or a population table of the column's groups (a CSV path: area_code, group, population), e.g. for ethnicity.")]
    public Dictionary<string, string> Fields { get; init; } = [];

    [Description("Two referral columns, an age band then a sex (e.g. [age_band, sex]): their combinations compared with the age-sex population, with rates per 100,000 by age band and sex.")]
    public List<string> AgeBySex { get; init; } = [];

    [Description("The ages the referrals come from, e.g. 16+ (default: every age); the population's shares are of these ages.")]
    public string? Ages { get; init; }

    [Description("Shares a standard expects, e.g. { field: repeat_referral, value: 'yes', share: 0.28-0.40 }.")]
    public List<ExpectedShareNeed> Expected { get; init; } = [];

    /// <summary>The name of the field <see cref="AgeBySex"/> makes (<c>age_band by sex</c>), or null without one.</summary>
    internal string? CrossedField => AgeBySex.Count == 2 ? $"{AgeBySex[0]} by {AgeBySex[1]}" : null;

    /// <summary>
    /// Every field the table covers: those compared with the population, the age-by-sex field, then those with an
    /// expected share.
    /// </summary>
    internal IReadOnlyList<string> AllFields =>
        [.. Fields.Keys.Concat(CrossedField is { } crossed ? [crossed] : []).Concat(Expected.Select(e => e.Field)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The population tables the fields name (their paths as written in the study).</summary>
    internal IEnumerable<string> GroupTables => Fields.Values.Where(IsGroupTable).Distinct(StringComparer.Ordinal);

    /// <summary>Whether a field's comparison names a population table rather than age or sex.</summary>
    internal static bool IsGroupTable(string kind) => kind is not (Age or Sex or AgeAndSex);

    /// <summary>
    /// What <paramref name="field"/>'s values are compared with: age, sex, <see cref="AgeAndSex"/>, a population
    /// table's path, or null for a field with only an expected share.
    /// </summary>
    internal string? KindOf(string field) => string.Equals(field, CrossedField, StringComparison.OrdinalIgnoreCase)
        ? AgeAndSex
        : Fields.FirstOrDefault(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The value of the age-by-sex field for a referral's age band and sex; empty when either is not recorded.</summary>
    internal static string Crossed(string? age, string? sex) =>
        string.IsNullOrWhiteSpace(age) || string.IsNullOrWhiteSpace(sex) ? "" : $"{age.Trim()} / {sex.Trim()}";
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
