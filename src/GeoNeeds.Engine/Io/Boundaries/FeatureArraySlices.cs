using System.Buffers;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Finds where each object of a JSON array of objects starts and ends by counting braces outside strings. Braces
/// and quotes are searched for a vector at a time, so the coordinate arrays that make up almost all of a boundary
/// file (digits, commas and brackets) are passed over at memory speed rather than token by token.
/// </summary>
/// <remarks>
/// It only delimits: each object found is parsed in full afterwards, so text that is not JSON is still caught
/// there. Anything but whitespace and single commas between the objects makes it give up.
/// </remarks>
internal static class FeatureArraySlices
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("{}\""u8);
    private static readonly SearchValues<byte> StringEnds = SearchValues.Create("\"\\"u8);

    /// <summary>
    /// Adds to <paramref name="slices"/> each object of the array whose <c>[</c> ends just before
    /// <paramref name="afterOpen"/>; returns the index just after its <c>]</c>, or -1 when the array is not a plain
    /// list of objects.
    /// </summary>
    public static int TryFind(ReadOnlySpan<byte> json, int afterOpen, List<(int Start, int Length)> slices)
    {
        var i = SkipWhitespace(json, afterOpen);
        if (i < json.Length && json[i] == ']')
        {
            return i + 1;
        }

        while (i < json.Length && json[i] == '{')
        {
            var close = MatchingBrace(json, i);
            if (close < 0)
            {
                return -1;
            }

            slices.Add((i, close + 1 - i));
            i = SkipWhitespace(json, close + 1);
            if (i < json.Length && json[i] == ',')
            {
                i = SkipWhitespace(json, i + 1);
                continue;
            }

            return i < json.Length && json[i] == ']' ? i + 1 : -1;
        }

        return -1;
    }

    /// <summary>
    /// The quick way through the usual file, whose features are its root's last member: the array's objects, then
    /// nothing but the root's closing brace. False leaves the caller to read the array token by token.
    /// </summary>
    public static bool TryFindLastMember(ReadOnlySpan<byte> json, int afterOpen, List<(int Start, int Length)> slices)
    {
        var end = TryFind(json, afterOpen, slices);
        var close = end < 0 ? -1 : SkipWhitespace(json, end);
        return close >= 0 && close < json.Length && json[close] == '}' && SkipWhitespace(json, close + 1) == json.Length;
    }

    /// <summary>The index just after the whitespace from <paramref name="i"/> on.</summary>
    private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i;
    }

    private static int MatchingBrace(ReadOnlySpan<byte> json, int open)
    {
        var (depth, i) = (0, open);
        while (i < json.Length)
        {
            var next = json[i..].IndexOfAny(Structural);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (json[i] == '"')
            {
                i = AfterString(json, i + 1);
                continue;
            }

            depth += json[i] == '{' ? 1 : -1;
            if (depth == 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The index just after the closing quote of the string whose text starts at <paramref name="i"/>, or past the end.</summary>
    private static int AfterString(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length)
        {
            var next = json[i..].IndexOfAny(StringEnds);
            if (next < 0)
            {
                return json.Length;
            }

            i += next;
            if (json[i] == '"')
            {
                return i + 1;
            }

            i += 2;
        }

        return json.Length;
    }
}
