using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// How a run writes its CSV tables, the same for every table it publishes: spreadsheet formulas neutralised or kept,
/// and either plain (withheld counts as <see cref="DisclosureDecision.WithheldMark"/>, numbers without float noise)
/// or for Excel (a UTF-8 byte-order mark, values rounded to <paramref name="Decimals"/>, withheld counts empty with a
/// <c>_suppressed</c> flag column after them: <see cref="SuppressionFlags"/>).
/// </summary>
/// <param name="Formulas">What to do with text that a spreadsheet would run as a formula.</param>
/// <param name="Excel">Whether to write for Excel.</param>
/// <param name="Decimals">Decimal places of the values written for Excel.</param>
public sealed record PublishedCsv(CsvFormulas Formulas = CsvFormulas.Neutralise, bool Excel = false, int Decimals = 6)
{
    /// <summary>
    /// Writes <paramref name="rows"/> under <paramref name="header"/> to <paramref name="path"/>; for Excel,
    /// <paramref name="withheldColumns"/> always get a flag (other columns only when a row withholds them).
    /// Returns the columns written.
    /// </summary>
    public IReadOnlyList<string> Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? withheldColumns = null)
    {
        var (columns, cells) = Excel
            ? SuppressionFlags.Apply(header, rows.Select(r => PublishedNumber.Rounded(r, Decimals)), withheldColumns ?? [])
            : (header, rows.Select(PublishedNumber.WithoutNoise));
        CsvTableWriter.Write(path, columns, cells, Formulas, byteOrderMark: Excel);
        return columns;
    }
}
