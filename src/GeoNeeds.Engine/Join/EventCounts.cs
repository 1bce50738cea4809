using System.Runtime.InteropServices;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Counts of events (incidents, referrals) by area × month × category, the grain every table and rate is
/// built from. Months and categories are empty strings when the input has none.
/// </summary>
/// <remarks>
/// Areas, months and categories are held as numbers (<see cref="NameNumbers"/>), so a national table of a million
/// cells holds integers rather than strings, and the ordered cells are sorted once, by number, until the next add.
/// </remarks>
public sealed class EventCounts
{
    private readonly NameNumbers _areas = new();
    private readonly NameNumbers _months = new();
    private readonly NameNumbers _categories = new();
    private readonly Dictionary<(int Area, int Month, int Category), long> _cells = [];
    private readonly List<long> _byArea = [];
    private (string Area, string Month, string Category, long Count)[]? _ordered;

    public void Add(string areaCode, string? month, string? category, long count = 1) =>
        Add(_areas.Of(areaCode), _months.Of(month ?? ""), _categories.Of(category ?? ""), count);

    /// <summary>
    /// Adds a table counted under the caller's own numbers for areas, months and categories, naming each number once
    /// rather than every cell.
    /// </summary>
    internal void AddAll(IEnumerable<KeyValuePair<(int Area, int Month, int Category), long>> cells, Func<int, string> areaCode, Func<int, string?> month, Func<int, string?> category)
    {
        // The caller's numbers are small and dense (-1 for none, then 0, 1, 2, ...), so each maps to ours through a list.
        var (areas, months, categories) = (new List<int>(), new List<int>(), new List<int>());
        foreach (var ((area, monthNumber, categoryNumber), count) in cells)
        {
            Add(Renumbered(areas, area, _areas, areaCode), Renumbered(months, monthNumber, _months, month),
                Renumbered(categories, categoryNumber, _categories, category), count);
        }
    }

    /// <summary>All events counted.</summary>
    public long Total => _byArea.Sum();

    /// <summary>Events in one area (0 when none).</summary>
    public long InArea(string areaCode) => _areas.Find(areaCode) is var area and >= 0 ? _byArea[area] : 0;

    /// <summary>Totals by area, for areas with at least one event.</summary>
    public IReadOnlyDictionary<string, long> ByArea =>
        Enumerable.Range(0, _areas.Count).ToDictionary(a => _areas[a], a => _byArea[a], StringComparer.Ordinal);

    /// <summary>
    /// Totals by area of the events in the months <paramref name="inMonth"/> accepts, for areas with a cell in them:
    /// summed from the numbered cells, without ordering them (a national table of ten years holds tens of millions).
    /// </summary>
    public IReadOnlyDictionary<string, long> ByAreaIn(Func<string, bool> inMonth)
    {
        var accepted = Enumerable.Range(0, _months.Count).Select(m => inMonth(_months[m])).ToArray();
        var byArea = new long?[_areas.Count];
        foreach (var ((area, month, _), count) in _cells)
        {
            if (accepted[month])
            {
                byArea[area] = byArea[area].GetValueOrDefault() + count;
            }
        }

        return Enumerable.Range(0, _areas.Count).Where(a => byArea[a].HasValue).ToDictionary(a => _areas[a], a => byArea[a]!.Value, StringComparer.Ordinal);
    }

    /// <summary>The months counted (an empty string for events without one), in no set order: without sorting every cell.</summary>
    public IReadOnlyList<string> Months => [.. Enumerable.Range(0, _months.Count).Select(m => _months[m])];

    /// <summary>Every non-empty cell, ordered by area, month and category (ordinal) so outputs are stable.</summary>
    public IReadOnlyList<(string Area, string Month, string Category, long Count)> Cells => _ordered ??= Ordered();

    /// <summary>
    /// The same events counted in parent areas. Events in an area with no parent are left out and reported
    /// in <paramref name="unassigned"/> (the caller says so in the run summary).
    /// </summary>
    public EventCounts RolledUp(Func<string, string?> parentOf, out long unassigned)
    {
        var parents = Enumerable.Range(0, _areas.Count).Select(a => parentOf(_areas[a])).ToArray();
        var parentCounts = new EventCounts();
        unassigned = 0;
        foreach (var ((area, month, category), count) in _cells)
        {
            if (parents[area] is not { } parent)
            {
                unassigned += count;
                continue;
            }

            parentCounts.Add(parent, _months[month], _categories[category], count);
        }

        return parentCounts;
    }

    private static int Renumbered(List<int> theirs, int number, NameNumbers ours, Func<int, string?> name)
    {
        var slot = number + 1;
        while (theirs.Count <= slot)
        {
            theirs.Add(-1);
        }

        var own = theirs[slot];
        if (own < 0)
        {
            theirs[slot] = own = ours.Of(name(number) ?? "");
        }

        return own;
    }

    private void Add(int area, int month, int category, long count)
    {
        if (area == _byArea.Count)
        {
            _byArea.Add(0);
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_cells, (area, month, category), out _) += count;
        _byArea[area] += count;
        _ordered = null;
    }

    private (string Area, string Month, string Category, long Count)[] Ordered()
    {
        var (areaRanks, monthRanks, categoryRanks) = (_areas.OrdinalRanks(), _months.OrdinalRanks(), _categories.OrdinalRanks());
        var keys = new UInt128[_cells.Count];
        var cells = new (string, string, string, long)[_cells.Count];
        var i = 0;
        foreach (var ((area, month, category), count) in _cells)
        {
            keys[i] = new UInt128(((ulong)(uint)areaRanks[area] << 32) | (uint)monthRanks[month], (uint)categoryRanks[category]);
            cells[i++] = (_areas[area], _months[month], _categories[category], count);
        }

        Array.Sort(keys, cells);
        return cells;
    }
}
