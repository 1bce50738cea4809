namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The map classes of one level for the web viewer, as the static maps draw them, written beside the outputs
/// as <c>&lt;level&gt;_classes.json</c>: the page colours areas and prints the legend from this alone.
/// </summary>
/// <param name="Level">The level's name, as its files are named (<c>ward</c>).</param>
/// <param name="Layers">One entry per layer the viewer shows, in the order of <see cref="LevelEntry.Indicators"/>.</param>
public sealed record LevelClasses(string Level, IReadOnlyList<LayerClasses> Layers)
{
    /// <summary>The classes of the layer that shades <paramref name="field"/>, or null when the level has no such layer.</summary>
    public LayerClasses? Layer(string field) => Layers.FirstOrDefault(l => l.Field == field);
}

/// <summary>How one layer (an indicator's rate, the IMD decile, a hot-spot map) is classed and coloured.</summary>
/// <param name="Field">The GeoJSON property (or hot-spot layer) it shades, as <see cref="IndicatorEntry.Field"/>.</param>
/// <param name="Method">The method line of the legend, e.g. "quantile, 5 classes".</param>
/// <param name="Breaks">The class bounds, ascending (lowest value, then each class's upper bound); empty for categories (clusters).</param>
/// <param name="Legend">
/// The legend's rows in the order the map legend prints them: the classes (highest rate first, decile 1 first),
/// then suppressed and missing areas when there are any.
/// </param>
/// <param name="Areas">Each area's row of <see cref="Legend"/> by area code; for a classed area that is its class index.</param>
public sealed record LayerClasses(
    string Field,
    string Kind,
    string Method,
    IReadOnlyList<double> Breaks,
    IReadOnlyList<LegendRow> Legend,
    IReadOnlyDictionary<string, int> Areas);

/// <summary>One row of a legend: its words exactly as the map prints them, its colour and how many areas it holds.</summary>
/// <param name="Colour">Hex <c>#rrggbb</c>; a suppressed row is drawn hatched in it.</param>
/// <param name="Kind"><c>class</c>, <c>suppressed</c> or <c>missing</c>.</param>
public sealed record LegendRow(string Label, string Colour, int Count, string Kind);
