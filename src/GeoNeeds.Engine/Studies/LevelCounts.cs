namespace GeoNeeds.Engine.Studies;

/// <summary>An input's base-level events summed into the areas of a level.</summary>
internal static class LevelCounts
{
    /// <summary>Events of <paramref name="input"/> per area of <paramref name="level"/>, in the months <paramref name="inPeriod"/> accepts.</summary>
    public static IReadOnlyDictionary<string, long> Of(InputResult input, StudyLevel level, Func<string, bool>? inPeriod = null)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cell in input.Counts.Cells.Where(c => inPeriod is null || inPeriod(c.Month)))
        {
            if (level.CodeFor(cell.Area) is { } area)
            {
                counts[area] = counts.GetValueOrDefault(area) + cell.Count;
            }
        }

        return counts;
    }
}
