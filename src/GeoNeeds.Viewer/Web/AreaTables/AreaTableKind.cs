namespace GeoNeeds.Viewer.Web.AreaTables;

/// <summary>
/// One published table with a row (or rows) per area that the side panel shows for the chosen area: the file it
/// is read from, its title in the panel and the columns shown, in order.
/// </summary>
/// <param name="File">The file name, with <c>{level}</c> for the level's name (<c>{level}_trend.csv</c>), or a fixed name (<c>refuge.csv</c>) when the table holds the areas of the one level the study chose for it.</param>
/// <param name="Title">The panel's heading for it, in plain words.</param>
/// <param name="Columns">The columns shown, as the run writes them; a column the file lacks is left out.</param>
internal sealed record AreaTableKind(string File, string Title, IReadOnlyList<string> Columns)
{
    private const string LevelMark = "{level}";

    /// <summary>The file this kind of table has for <paramref name="level"/>.</summary>
    public string FileOf(string level) => File.Replace(LevelMark, level, StringComparison.Ordinal);
}
