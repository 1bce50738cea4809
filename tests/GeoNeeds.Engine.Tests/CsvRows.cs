using Microsoft.VisualBasic.FileIO;

namespace GeoNeeds.Engine.Tests;

/// <summary>Reads CSV files independently of the engine's readers, so tests check files rather than reuse the code under test.</summary>
internal static class CsvRows
{
    /// <summary>
    /// Every row of a CSV file as column → value, read with .NET's own <see cref="TextFieldParser"/> (which
    /// honours quoting and a byte order mark), keeping spaces inside fields as written.
    /// </summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, Delimiters = [","], TrimWhiteSpace = false };
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Zip(fields).ToDictionary(pair => pair.First, pair => pair.Second));
        }

        return rows;
    }
}
