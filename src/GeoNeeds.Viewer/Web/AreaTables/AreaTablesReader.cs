using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Tables;

namespace GeoNeeds.Viewer.Web.AreaTables;

/// <summary>
/// Finds one area's rows in the output folder's per-area tables (<see cref="AreaTableCatalogue"/>). Each table is
/// read once and again only when its file changes (a re-run while viewing); a table that cannot be read is left out
/// of the answer and named in <see cref="Problems"/>.
/// </summary>
internal sealed class AreaTablesReader(OutputFolder folder)
{
    private const string CodeColumn = AssessColumns.Code;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Stamp, ValueTable? Table, string? Problem)> read = new(StringComparer.Ordinal);

    /// <summary>The tables that hold rows for <paramref name="code"/> of <paramref name="level"/>, in the catalogue's order.</summary>
    public IReadOnlyList<AreaTable> Read(string level, string code)
    {
        var found = new List<AreaTable>();
        foreach (var kind in AreaTableCatalogue.Kinds)
        {
            var file = kind.FileOf(level);
            if (Table(file) is not { } table || !table.Has(CodeColumn))
            {
                continue;
            }

            var columns = kind.Columns.Where(table.Has).ToList();
            var codes = table.Texts(CodeColumn);
            var values = columns.Select(table.Texts).ToList();
            var rows = Enumerable.Range(0, table.Count)
                .Where(row => codes[row] == code)
                .Select(row => (IReadOnlyList<string>)[.. values.Select(column => column[row])])
                .ToList();
            if (rows.Count > 0)
            {
                found.Add(new AreaTable(file, kind.Title, [.. columns.Select(c => new AreaTableColumn(c, AreaTableCatalogue.HeadingOf(c)))], rows));
            }
        }

        return found;
    }

    /// <summary>The tables of the catalogue that are in the folder but could not be read (<c>file:line: problem</c>).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. read.Values.Select(entry => entry.Problem).OfType<string>()];
            }
        }
    }

    private ValueTable? Table(string file)
    {
        if (folder.Find(file).Path is not { } path)
        {
            return null;
        }

        var info = new FileInfo(path);
        var stamp = $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        lock (gate)
        {
            if (!read.TryGetValue(file, out var entry) || entry.Stamp != stamp)
            {
                try
                {
                    entry = (stamp, ValueTable.Read(path), null);
                }
                catch (Exception e) when (e is InputDataException or IOException or UnauthorizedAccessException)
                {
                    entry = (stamp, null, e.Message.Replace(path, file, StringComparison.Ordinal));
                }

                read[file] = entry;
            }

            return entry.Table;
        }
    }
}
