namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Tells a binary file (an Excel workbook, a ZIP, a PDF) given where text is expected from text, by its first
/// bytes, so it is refused with a message that says what it is rather than read as one garbled column.
/// </summary>
internal static class BinaryContent
{
    /// <summary>How many leading bytes are looked at.</summary>
    public const int SampleSize = 4096;

    /// <summary>
    /// What <paramref name="start"/> (a file's first bytes, after any byte order mark) looks like when it is not
    /// text — a known format by its signature, or binary data when it holds a NUL byte or more than one control
    /// byte in ten (tab, line breaks and form feed aside) — or <c>null</c> for text.
    /// </summary>
    public static string? Describe(ReadOnlySpan<byte> start)
    {
        var known = start switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (an Excel .xlsx workbook is one)",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an Excel .xls workbook (or another Office document)",
            [0x1F, 0x8B, ..] => "a gzip-compressed file",
            [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        var control = 0;
        foreach (var b in start)
        {
            if (b == 0)
            {
                return "binary data (or UTF-16 text without a byte order mark)";
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f')
            {
                control++;
            }
        }

        return control * 10 > start.Length ? "binary data" : null;
    }
}
