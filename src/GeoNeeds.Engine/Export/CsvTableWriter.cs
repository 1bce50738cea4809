using System.Globalization;
using System.Text;

namespace GeoNeeds.Engine.Export;

/// <summary>Writes a table of results (one row per area) as a CSV file an analyst can open in Excel, R or pandas.</summary>
public static class CsvTableWriter
{
    private static readonly char[] CharactersNeedingQuotes = [',', '"', '\n', '\r'];

    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="rows"/> as RFC 4180 CSV with <c>\n</c> line endings,
    /// UTF-8 (without a byte-order mark unless asked), atomically (<see cref="AtomicFile"/>). Fields containing a comma, quote
    /// or line break are quoted with inner quotes doubled. Values are written culture-independently: strings as
    /// they are, null (and NaN or infinity) as an empty field, floating-point numbers in the shortest form that
    /// reads back to the same value, integers as digits, booleans as <c>true</c>/<c>false</c>. Unless
    /// <paramref name="formulas"/> is <see cref="CsvFormulas.Keep"/>, text (header names included) that a spreadsheet
    /// would run as a formula is <see cref="SpreadsheetFormula.Neutralised"/>; numbers are never changed.
    /// </summary>
    /// <param name="byteOrderMark">Whether the file starts with the UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252 ("Ynys MÃ´n").</param>
    /// <exception cref="ArgumentException">The header is empty or a row has a different number of fields from the header; no file is written.</exception>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, CsvFormulas formulas = CsvFormulas.Neutralise, bool byteOrderMark = false)
    {
        if (header.Count == 0)
        {
            throw new ArgumentException("A CSV table needs at least one column.", nameof(header));
        }

        AtomicFile.Write(path, stream =>
        {
            if (byteOrderMark)
            {
                stream.Write(Encoding.UTF8.Preamble);
            }

            using var writer = AtomicFile.TextWriter(stream);
            WriteLine(writer, header, formulas);
            var rowNumber = 0;
            foreach (var row in rows)
            {
                rowNumber++;
                if (row.Count != header.Count)
                {
                    var problem = string.Create(CultureInfo.InvariantCulture, $"has {row.Count} fields but the header has {header.Count}");
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Row {rowNumber} of {Path.GetFileName(path)} {problem}."), nameof(rows));
                }

                WriteLine(writer, row, formulas);
            }
        });
    }

    private static void WriteLine<T>(StreamWriter writer, IReadOnlyList<T> fields, CsvFormulas formulas)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var text = ValueText.Format(fields[i]);
            writer.Write(Quoted(fields[i] is string && formulas == CsvFormulas.Neutralise ? SpreadsheetFormula.Neutralised(text) : text));
        }

        writer.Write('\n');
    }

    private static string Quoted(string field) =>
        field.IndexOfAny(CharactersNeedingQuotes) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
