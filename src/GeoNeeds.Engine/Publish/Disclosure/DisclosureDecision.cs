namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Which of a run's published counts are withheld (primary or complementary), decided once for everything the run
/// publishes by <see cref="RunSuppression.Apply"/>. Every table, map and chart asks it rather than testing counts.
/// </summary>
public sealed class DisclosureDecision
{
    private readonly IReadOnlyDictionary<CountCellKey, int>? _numbers;
    private readonly CellDisclosure[] _states;

    /// <param name="numbers">Every published count's number (<see cref="PublishedCounts.Numbers"/>); null when nothing is withheld (suppression off).</param>
    /// <param name="states">The state of each count, by number.</param>
    internal DisclosureDecision(int threshold, IReadOnlyDictionary<CountCellKey, int>? numbers, CellDisclosure[] states, IReadOnlyList<CountCellKey> unprotected)
    {
        Threshold = threshold;
        (_numbers, _states) = (numbers, states);
        Unprotected = unprotected;
        CountsDecided = states.Length;
        foreach (var state in states)
        {
            PrimaryCount += state == CellDisclosure.Primary ? 1 : 0;
            ComplementaryCount += state == CellDisclosure.Complementary ? 1 : 0;
        }
    }

    /// <summary>How a withheld count is written in every CSV table (GeoJSON and database tables write null).</summary>
    public const string WithheldMark = "*";

    /// <summary>A decision that withholds nothing (suppression turned off).</summary>
    public static DisclosureDecision None { get; } = new(0, null, [], []);

    /// <summary>Counts from 1 to this − 1 are small; 0 when suppression is off.</summary>
    public int Threshold { get; }

    /// <summary>How many distinct published counts were decided on.</summary>
    public int CountsDecided { get; }

    /// <summary>How many counts were withheld as small.</summary>
    public int PrimaryCount { get; }

    /// <summary>How many more were withheld to protect them.</summary>
    public int ComplementaryCount { get; }

    /// <summary>
    /// Withheld counts that could not be protected because every other figure of one of their sums is always
    /// published (e.g. a study area whose whole total, given in the run summary, is itself small).
    /// </summary>
    public IReadOnlyList<CountCellKey> Unprotected { get; }

    /// <summary>Whether the count is shown or withheld, and why.</summary>
    /// <exception cref="KeyNotFoundException">
    /// The count was not among those decided on: a table publishes a figure the run's disclosure control did not
    /// see, which would leave it unprotected.
    /// </exception>
    public CellDisclosure Of(CountCellKey key)
    {
        if (_numbers is null)
        {
            return CellDisclosure.Shown;
        }

        // A count added after the decision has a number but no state.
        return _numbers.TryGetValue(key, out var number) && number < _states.Length
            ? _states[number]
            : throw new KeyNotFoundException($"{key} is published but was not part of the run's disclosure control.");
    }

    /// <summary>True when the count is withheld for either reason.</summary>
    public bool IsSuppressed(CountCellKey key) => Of(key) != CellDisclosure.Shown;
}
