using System.Buffers;
using System.Globalization;
using System.Text;

namespace GeoNeeds.Engine.Accounting;

/// <summary>
/// Text from an input file made safe to print in a message: control characters, which a terminal would obey
/// (an escape sequence can retitle or clear it, a carriage return can overwrite the line), are shown as
/// <c>\x1B</c>-style codes instead.
/// </summary>
public static class PrintableText
{
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsControl)]);

    /// <summary>
    /// <paramref name="text"/> with every C0 control character but tab, DEL and every C1 control character
    /// (U+0080–U+009F) written as <c>\xHH</c>; everything else, tabs and non-ASCII letters included, as it is.
    /// </summary>
    public static string Of(string text)
    {
        if (!text.AsSpan().ContainsAny(ControlCharacters))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (IsControl(character))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\x{(int)character:X2}");
            }
            else
            {
                printable.Append(character);
            }
        }

        return printable.ToString();
    }

    private static bool IsControl(char character) => character is (< ' ' and not '\t') or (>= '\x7F' and <= '\x9F');
}
