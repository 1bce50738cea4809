namespace GeoNeeds.Engine.Join;

/// <summary>
/// Counts of events (incidents, referrals) by area × month × category, the grain every table and rate is
/// built from. Months and categories are empty strings when the input has none.
/// </summary>
public sealed class EventCounts
{
    private readonly Dictionary<(string Area, string Month, string Category), long> _cells = [];
    private readonly Dictionary<string, long> _byArea = new(StringComparer.Ordinal);

    public void Add(string areaCode, string? month, string? category, long count = 1)
    {
        var key = (areaCode, month ?? "", category ?? "");
        _cells[key] = _cells.GetValueOrDefault(key) + count;
        _byArea[areaCode] = _byArea.GetValueOrDefault(areaCode) + count;
    }

    /// <summary>All events counted.</summary>
    public long Total => _byArea.Values.Sum();

    /// <summary>Events in one area (0 when none).</summary>
    public long InArea(string areaCode) => _byArea.GetValueOrDefault(areaCode);

    /// <summary>Totals by area, for areas with at least one event.</summary>
    public IReadOnlyDictionary<string, long> ByArea => _byArea;

    /// <summary>Every non-empty cell, ordered by area, month and category (ordinal) so outputs are stable.</summary>
    public IEnumerable<(string Area, string Month, string Category, long Count)> Cells =>
        _cells.OrderBy(c => c.Key.Area, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Month, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Category, StringComparer.Ordinal)
            .Select(c => (c.Key.Area, c.Key.Month, c.Key.Category, c.Value));

    /// <summary>
    /// The same events counted in parent areas. Events in an area with no parent are left out and reported
    /// in <paramref name="unassigned"/> (the caller says so in the run summary).
    /// </summary>
    public EventCounts RolledUp(Func<string, string?> parentOf, out long unassigned)
    {
        var parentCounts = new EventCounts();
        unassigned = 0;
        foreach (var ((area, month, category), count) in _cells)
        {
            var parent = parentOf(area);
            if (parent is null)
            {
                unassigned += count;
                continue;
            }

            parentCounts.Add(parent, month, category, count);
        }

        return parentCounts;
    }
}
