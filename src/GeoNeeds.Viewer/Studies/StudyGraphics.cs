using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Studies;

/// <summary>
/// The maps and charts of a study run: <c>StudyGraphics.Draw(result, "out")</c> writes per level a map of each
/// indicator's rate and of the IMD decile into <c>out/maps/</c>, and the charts (ranked bars, funnel plots,
/// rate against IMD, rate against change, rates by IMD decile, monthly counts) into <c>out/charts/</c>.
/// </summary>
public static class StudyGraphics
{
    /// <summary>Draws every map and chart of <paramref name="result"/>; returns the files written, relative to <paramref name="folder"/>.</summary>
    /// <remarks>
    /// Small counts are suppressed as in the tables (<c>output.suppress_below</c>): suppressed areas are hatched on
    /// maps and left out of charts. Levels with fewer than two areas (a single authority) get no graphics.
    /// </remarks>
    public static IReadOnlyList<string> Draw(StudyResult result, string folder)
    {
        var written = new List<string>();
        var context = new StudyContext(result);
        foreach (var level in context.Levels.Where(l => l.Table.Rows.Count >= 2))
        {
            written.AddRange(StudyMaps.Draw(context, level, folder));
            written.AddRange(StudyCharts.DrawLevel(context, level, folder));
        }

        written.AddRange(StudyCharts.DrawStudy(context, folder));
        return written;
    }
}
