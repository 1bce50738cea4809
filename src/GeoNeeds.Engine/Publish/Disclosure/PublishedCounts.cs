using System.Runtime.InteropServices;

namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Every count a run publishes, each once under its <see cref="CountCellKey"/>, and the sums that tie them together:
/// the input of <see cref="RunSuppression.Apply"/>.
/// </summary>
public sealed class PublishedCounts
{
    private readonly Dictionary<CountCellKey, (long Count, bool Suppressible)> _cells = [];
    private readonly List<CountRelation> _relations = [];

    /// <summary>The published counts.</summary>
    public IReadOnlyDictionary<CountCellKey, (long Count, bool Suppressible)> Cells => _cells;

    /// <summary>The sums between them.</summary>
    public IReadOnlyList<CountRelation> Relations => _relations;

    /// <summary>
    /// Adds a count; adding the same key again is allowed when the count agrees (a figure shown in two tables).
    /// </summary>
    /// <param name="suppressible">False for a figure that is always published (the run summary's row totals).</param>
    /// <exception cref="ArgumentException">The count is negative, or the key is already held with another count.</exception>
    public void Add(CountCellKey key, long count, bool suppressible = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, key, out var exists);
        if (exists && held.Count != count)
        {
            throw new ArgumentException($"{key} is published as both {held.Count} and {count}.", nameof(count));
        }

        held = (count, (!exists || held.Suppressible) && suppressible);
    }

    /// <summary>Records that <paramref name="total"/> = Σ <paramref name="parts"/>; every key must have been added.</summary>
    /// <exception cref="ArgumentException">A key was not added, or the sum does not hold.</exception>
    public void Relate(CountCellKey total, IReadOnlyList<CountCellKey> parts)
    {
        var (sum, missing) = (0L, new List<CountCellKey>());
        foreach (var part in parts)
        {
            if (_cells.TryGetValue(part, out var cell))
            {
                sum += cell.Count;
            }
            else
            {
                missing.Add(part);
            }
        }

        if (!_cells.TryGetValue(total, out var whole) || missing.Count > 0)
        {
            throw new ArgumentException($"Relation over unpublished counts: {string.Join(", ", _cells.ContainsKey(total) ? missing : missing.Prepend(total))}.", nameof(parts));
        }

        if (sum != whole.Count)
        {
            throw new ArgumentException($"{total} is {whole.Count} but its parts sum to {sum}.", nameof(parts));
        }

        if (parts.Count > 0)
        {
            _relations.Add(new CountRelation(total, parts));
        }
    }
}
