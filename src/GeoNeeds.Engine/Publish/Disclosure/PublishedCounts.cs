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
        if (_cells.TryGetValue(key, out var held))
        {
            if (held.Count != count)
            {
                throw new ArgumentException($"{key} is published as both {held.Count} and {count}.", nameof(count));
            }

            _cells[key] = (count, held.Suppressible && suppressible);
            return;
        }

        _cells[key] = (count, suppressible);
    }

    /// <summary>Records that <paramref name="total"/> = Σ <paramref name="parts"/>; every key must have been added.</summary>
    /// <exception cref="ArgumentException">A key was not added, or the sum does not hold.</exception>
    public void Relate(CountCellKey total, IReadOnlyList<CountCellKey> parts)
    {
        var missing = parts.Prepend(total).Where(k => !_cells.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Relation over unpublished counts: {string.Join(", ", missing)}.", nameof(parts));
        }

        var sum = parts.Sum(p => _cells[p].Count);
        if (sum != _cells[total].Count)
        {
            throw new ArgumentException($"{total} is {_cells[total].Count} but its parts sum to {sum}.", nameof(parts));
        }

        if (parts.Count > 0)
        {
            _relations.Add(new CountRelation(total, parts));
        }
    }
}
