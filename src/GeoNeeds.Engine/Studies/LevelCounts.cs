namespace GeoNeeds.Engine.Studies;

/// <summary>An input's base-level events summed into the areas of a level.</summary>
internal static class LevelCounts
{
    /// <summary>Events of <paramref name="input"/> per area of <paramref name="level"/>, in the months <paramref name="inPeriod"/> accepts.</summary>
    public static IReadOnlyDictionary<string, long> Of(InputResult input, StudyLevel level, Func<string, bool>? inPeriod = null)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (code, count) in inPeriod is null ? input.Counts.ByArea : input.Counts.ByAreaIn(inPeriod))
        {
            if (level.CodeFor(code) is { } area)
            {
                counts[area] = counts.GetValueOrDefault(area) + count;
            }
        }

        return counts;
    }
}
