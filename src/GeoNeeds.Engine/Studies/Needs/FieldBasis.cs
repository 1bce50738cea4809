using GeoNeeds.Engine.Io.Population;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// What one representation field's values are compared with (age bands or sexes of the age-sex population, age band
/// by sex, the groups of a population table, or nothing for a field with only an expected share) and which of its
/// values count in its shares.
/// </summary>
internal sealed class FieldBasis
{
    private readonly HashSet<string>? _groups;

    private FieldBasis(string? kind, IReadOnlyList<GroupPopulation>? table)
    {
        Kind = kind;
        Table = table;
        _groups = table?.Select(g => g.Group).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Age, sex, age by sex, a population table's path, or null (<see cref="RepresentationNeed.KindOf"/>).</summary>
    public string? Kind { get; }

    /// <summary>The population table's rows, by base area, when the field is compared with one.</summary>
    public IReadOnlyList<GroupPopulation>? Table { get; }

    /// <summary>The basis of <paramref name="field"/> of <paramref name="need"/>, its table taken from <paramref name="tables"/> (by path as written).</summary>
    public static FieldBasis Of(RepresentationNeed need, string field, IReadOnlyDictionary<string, IReadOnlyList<GroupPopulation>> tables)
    {
        var kind = need.KindOf(field);
        return new FieldBasis(kind, kind is not null && RepresentationNeed.IsGroupTable(kind) ? tables[kind] : null);
    }

    /// <summary>
    /// Whether <paramref name="value"/> counts in the field's shares: one of the population table's groups (case
    /// ignored), else as <see cref="RepresentationGroups.Counts"/> says.
    /// </summary>
    public bool Counts(string value) => _groups?.Contains(value.Trim()) ?? RepresentationGroups.Counts(Kind, value);
}
