using System.Globalization;
using System.Text;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes the demo CSV files byte for byte the same on every machine: UTF-8, "\n" line endings, invariant
/// numbers, and RFC 4180 quoting only where a field needs it (as in the published <c>"29,199"</c>).
/// </summary>
internal static class DemoCsv
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/>, creating its folder; returns the path.</summary>
    public static string Write(string path, string header, IEnumerable<IEnumerable<string>> rows, bool byteOrderMark = false)
    {
        var text = new StringBuilder().Append(header).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append('\n');
        }

        return DemoFile.Write(path, text.ToString(), byteOrderMark);
    }

    /// <summary><paramref name="value"/> with exactly <paramref name="decimals"/> decimals, invariant culture.</summary>
    public static string Number(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
