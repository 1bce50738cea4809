using System.Text.RegularExpressions;

namespace GeoNeeds.Engine.Io.Postcodes;

/// <summary>The UK postcode format, as written in referrals and postcode lookups.</summary>
public static partial class Postcode
{
    /// <summary>
    /// Normalises case and spacing (<c>sw1a1aa</c> → <c>SW1A 1AA</c>, <c>CV1  1DD</c> → <c>CV1 1DD</c>,
    /// Code-Point's <c>LE952AB</c> → <c>LE95 2AB</c>) and checks the format: an outward code A9, A99, AA9, AA99,
    /// A9A or AA9A, then an inward code 9AA; and the special GIR 0AA.
    /// </summary>
    /// <remarks>
    /// Only the format is checked, not Royal Mail's letter restrictions, so invented demonstration postcodes in the
    /// unused area ZZ (<c>ZZ1 2AB</c>) are valid. Whether a postcode exists is the postcode lookup's business.
    /// </remarks>
    /// <param name="raw">The postcode as written; any whitespace is ignored.</param>
    /// <param name="normalised">Upper case with one space before the inward code; empty when not valid.</param>
    /// <returns>Whether <paramref name="raw"/> is in the UK postcode format.</returns>
    public static bool TryNormalise(string? raw, out string normalised)
    {
        normalised = "";
        if (raw is null)
        {
            return false;
        }

        Span<char> packed = stackalloc char[7];
        var length = 0;
        foreach (var character in raw)
        {
            if (char.IsWhiteSpace(character))
            {
                continue;
            }

            if (length == packed.Length)
            {
                return false;
            }

            packed[length++] = char.ToUpperInvariant(character);
        }

        var postcode = packed[..length];
        if (!Format().IsMatch(postcode))
        {
            return false;
        }

        normalised = string.Concat(postcode[..^3], " ", postcode[^3..]);
        return true;
    }

    [GeneratedRegex("^(?:GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
