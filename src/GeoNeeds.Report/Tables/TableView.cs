using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Report.Tables;

/// <summary>
/// A published table as printed: chosen columns of chosen rows of one CSV, each cell as <see cref="CellText"/>
/// writes it. The first column heads its row.
/// </summary>
/// <param name="Source">The CSV the rows come from, named under the table.</param>
public sealed record TableView(string Caption, string Source, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Whether a cell shows a withheld count, so the table needs its footnote.</summary>
    public bool HasWithheld => Rows.Any(row => row.Contains(CellText.Withheld));

    /// <summary>
    /// The <paramref name="columns"/> of the rows of <paramref name="table"/> that <paramref name="keep"/> accepts
    /// (all when null); columns the CSV lacks are left out.
    /// </summary>
    public static TableView Of(string caption, string source, ValueTable table, IReadOnlyList<ReportColumn> columns, Func<Func<string, string>, bool>? keep = null)
    {
        var present = columns.Where(c => table.Has(c.Name)).ToList();
        var cells = present.Select(c => table.Texts(c.Name)).ToList();
        var filters = table.Header.ToDictionary(name => name, table.Texts, StringComparer.OrdinalIgnoreCase);
        var rows = Enumerable.Range(0, table.Count)
            .Where(i => keep is null || keep(name => filters.TryGetValue(name, out var texts) ? texts[i] : ""))
            .Select(i => (IReadOnlyList<string>)[.. present.Select((c, j) => CellText.Of(Read(c, cells[j][i]), c.Kind))])
            .ToList();
        return new TableView(caption, source, [.. present.Select(c => c.Heading)], rows);
    }

    private static string Read(ReportColumn column, string cell) =>
        column.Text is { } text && cell.Length > 0 && cell != CellText.Withheld ? text(cell) : cell;
}
