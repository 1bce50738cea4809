using GeoNeeds.Engine.Io.Deprivation;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// What the viewer's page needs to know about an output folder, served as JSON at <c>/api/index</c>: the
/// study's title, the levels in the run's order (finest first) with their indicators, and the attribution
/// lines the data licences require.
/// </summary>
/// <param name="Problems">Files that could not be read (<c>file:line: problem</c>); the rest is still shown.</param>
public sealed record OutputIndex(
    string Title,
    string Folder,
    IReadOnlyList<LevelEntry> Levels,
    IReadOnlyList<string> Attribution,
    int? SuppressBelow,
    IReadOnlyList<string> Problems)
{
    /// <summary>The index the run's deprivation deciles come from, as its summary records it (IMD 2019 for older runs).</summary>
    public DeprivationIndex Deprivation { get; init; } = DeprivationIndex.Imd2019;

    /// <summary>Each indicator's label by its name in the study file, for the tables that name indicators (<c>ward_trend.csv</c>).</summary>
    public IReadOnlyDictionary<string, string> IndicatorLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>How the period layers' rates are made (the run summary's trend method: annualised or not), or null for a run without periods.</summary>
    public string? TrendMethod { get; init; }

    /// <summary>Why the search box finds no postcodes (<see cref="Postcodes.PostcodeSearch.Off"/>), or null when it does.</summary>
    public string? PostcodesOff { get; init; }

    /// <summary>The online basemap the viewer was started with, or null.</summary>
    public Basemap? Basemap { get; init; }
}
