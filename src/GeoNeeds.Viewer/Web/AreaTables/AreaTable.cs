namespace GeoNeeds.Viewer.Web.AreaTables;

/// <summary>
/// One published table's rows for one area, as the side panel shows them (<c>/api/area/LEVEL/CODE</c>): the values
/// as the CSV writes them, so a withheld count stays <c>*</c> and an empty field stays empty.
/// </summary>
/// <param name="File">The CSV the rows come from, in the output folder.</param>
/// <param name="Columns">Each column's name in the CSV and its heading.</param>
public sealed record AreaTable(string File, string Title, IReadOnlyList<AreaTableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
