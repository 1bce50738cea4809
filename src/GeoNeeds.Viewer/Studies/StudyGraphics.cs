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
    /// The study file's <c>graphics:</c> block adds declared maps and charts, and <c>defaults: false</c> leaves out the default set.
    /// </remarks>
    /// <exception cref="Engine.Io.InputDataException">A declared map names an unknown class or palette, or a chart an unknown kind.</exception>
    public static IReadOnlyList<string> Draw(StudyResult result, string folder)
    {
        Check(result.Definition);
        var written = new List<string>();
        var context = new StudyContext(result);
        if (result.Definition.Graphics.Defaults)
        {
            foreach (var level in context.Levels.Where(l => l.Table.Rows.Count >= 2))
            {
                written.AddRange(StudyMaps.Draw(context, level, folder));
                written.AddRange(StudyCharts.DrawLevel(context, level, folder));
            }

            written.AddRange(StudyCharts.DrawStudy(context, folder));
            written.AddRange(DrawOutcomes(result, folder));
        }

        written.AddRange(DeclaredGraphics.Draw(context, folder));
        return written;
    }

    /// <summary>Each service's outcome graphics (<c>needs: outcomes</c>) into <c>charts/</c>, named as its tables are.</summary>
    private static IEnumerable<string> DrawOutcomes(StudyResult result, string folder)
    {
        var charts = Path.Combine(folder, "charts");
        Directory.CreateDirectory(charts);
        var attribution = string.Join(" ", result.Definition.Attribution);
        return result.Outcomes.SelectMany(o => Charts.OutcomeGraphics.Write(charts, o.Outcomes.Report, result.Disclosure, o.Name, attribution).Select(file => $"charts/{file}"));
    }

    /// <summary>Checks the study's declared graphics for names only the Viewer knows (classes, palettes, chart kinds); call it before a long run.</summary>
    /// <exception cref="Engine.Io.InputDataException">A name is unknown; the message names the study-file key.</exception>
    public static void Check(StudyDefinition study) => DeclaredGraphics.Check(study);
}
