namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The level and map layer the page opens on, from its address (<c>#level=...&amp;indicator=...&amp;period=...</c>): one
/// rule for the page (<c>/api/first-view</c>) and the picture shown while its map starts (<c>/api/first-picture</c>).
/// </summary>
/// <param name="Level">The level shown: the address's when the folder can show it, else the ward level, else the first.</param>
/// <param name="Field">The indicator's whole-study field: the address's when the level has it, else the level's first.</param>
/// <param name="Period">The period asked for (empty for the whole study).</param>
/// <param name="Layer">The map layer drawn: the indicator's layer for that period when it has one, else <paramref name="Field"/>.</param>
public sealed record FirstView(string Level, string Field, string Period, string Layer)
{
    /// <summary>The first view of <paramref name="levels"/>, or null when none can be shown (none read, or none with an indicator).</summary>
    public static FirstView? Of(IReadOnlyList<LevelEntry> levels, string? level, string? indicator, string? period)
    {
        var showable = levels.Where(l => l.Problem is null && l.Indicators.Count > 0).ToList();
        if (showable.Count == 0)
        {
            return null;
        }

        var fallback = showable.FirstOrDefault(l => l.Name == "ward") ?? showable[0];
        var chosen = showable.FirstOrDefault(l => l.Name == level) ?? fallback;
        var field = indicator is not null && chosen.Indicators.Any(i => i.Field == indicator && i.Of is null) ? indicator : chosen.Indicators[0].Field;
        var when = period ?? "";
        var layer = chosen.Indicators.FirstOrDefault(i => i.Of == field && i.Period == when)?.Field ?? field;
        return new FirstView(chosen.Name, field, when, layer);
    }
}
