using System.Runtime.InteropServices;

namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Every count a run publishes, each once under its <see cref="CountCellKey"/>, and the sums that tie them together:
/// the input of <see cref="RunSuppression.Apply"/>.
/// </summary>
/// <remarks>
/// Each count is numbered in the order it is first added and each sum held as those numbers, so a national run's
/// million counts are decided on over arrays rather than by looking keys up again.
/// </remarks>
public sealed class PublishedCounts
{
    private readonly Dictionary<CountCellKey, int> _numbers = [];
    private readonly List<CountCellKey> _keys = [];
    private readonly List<long> _counts = [];
    private readonly List<bool> _suppressible = [];
    private readonly List<int[]> _sums = [];

    /// <summary>The published counts' keys, in the order they were first added.</summary>
    public IReadOnlyList<CountCellKey> Keys => _keys;

    /// <summary>The sums between them.</summary>
    public IEnumerable<CountRelation> Relations => _sums.Select(s => new CountRelation(_keys[s[0]], [.. s.Skip(1).Select(m => _keys[m])]));

    /// <summary>Each count's number (its place in <see cref="Keys"/>).</summary>
    internal IReadOnlyDictionary<CountCellKey, int> Numbers => _numbers;

    /// <summary>The counts, by number.</summary>
    internal ReadOnlySpan<long> Counts => CollectionsMarshal.AsSpan(_counts);

    /// <summary>Whether each count may be withheld, by number (false for a figure that is always published).</summary>
    internal ReadOnlySpan<bool> Suppressible => CollectionsMarshal.AsSpan(_suppressible);

    /// <summary>Each sum as the numbers of its members, its total first.</summary>
    internal IReadOnlyList<int[]> Sums => _sums;

    /// <summary>The count added under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No count was added under the key.</exception>
    public long CountOf(CountCellKey key) => _counts[_numbers[key]];

    /// <summary>Whether the count under <paramref name="key"/> may be withheld (false for a figure that is always published).</summary>
    /// <exception cref="KeyNotFoundException">No count was added under the key.</exception>
    public bool IsSuppressible(CountCellKey key) => _suppressible[_numbers[key]];

    /// <summary>
    /// Adds a count; adding the same key again is allowed when the count agrees (a figure shown in two tables).
    /// </summary>
    /// <param name="suppressible">False for a figure that is always published (the run summary's row totals).</param>
    /// <exception cref="ArgumentException">The count is negative, or the key is already held with another count.</exception>
    public void Add(CountCellKey key, long count, bool suppressible = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, key, out var exists);
        if (!exists)
        {
            number = _keys.Count;
            _keys.Add(key);
            _counts.Add(count);
            _suppressible.Add(suppressible);
            return;
        }

        if (_counts[number] != count)
        {
            throw new ArgumentException($"{key} is published as both {_counts[number]} and {count}.", nameof(count));
        }

        _suppressible[number] &= suppressible;
    }

    /// <summary>Records that <paramref name="total"/> = Σ <paramref name="parts"/>; every key must have been added.</summary>
    /// <exception cref="ArgumentException">A key was not added, or the sum does not hold.</exception>
    public void Relate(CountCellKey total, IReadOnlyList<CountCellKey> parts)
    {
        var members = new int[parts.Count + 1];
        var (sum, missing) = (0L, new List<CountCellKey>());
        for (var i = 0; i < parts.Count; i++)
        {
            if (_numbers.TryGetValue(parts[i], out var part))
            {
                members[i + 1] = part;
                sum += _counts[part];
            }
            else
            {
                missing.Add(parts[i]);
            }
        }

        if (!_numbers.TryGetValue(total, out var whole) || missing.Count > 0)
        {
            throw new ArgumentException($"Relation over unpublished counts: {string.Join(", ", _numbers.ContainsKey(total) ? missing : missing.Prepend(total))}.", nameof(parts));
        }

        if (sum != _counts[whole])
        {
            throw new ArgumentException($"{total} is {_counts[whole]} but its parts sum to {sum}.", nameof(parts));
        }

        if (parts.Count > 0)
        {
            members[0] = whole;
            _sums.Add(members);
        }
    }
}
