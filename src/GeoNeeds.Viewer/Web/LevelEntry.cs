namespace GeoNeeds.Viewer.Web;

/// <summary>One level of the outputs (LSOA, ward, authority...): its files, area count and indicators.</summary>
/// <param name="Name">The level's name, which is its files' name: <c>ward</c> for <c>ward.geojson</c> and <c>ward.csv</c>.</param>
/// <param name="GeoJson">The polygons' file name in the output folder.</param>
/// <param name="Table">The table's file name, or null when the run wrote none.</param>
/// <param name="Problem">Why the layer cannot be shown (<c>file:line: problem</c>), or null.</param>
public sealed record LevelEntry(
    string Name,
    string GeoJson,
    string? Table,
    int Areas,
    IReadOnlyList<IndicatorEntry> Indicators,
    string? Problem = null);
