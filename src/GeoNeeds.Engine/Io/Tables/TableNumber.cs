using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Reads numbers as published tables write them: invariant culture (a point for decimals), optionally with
/// comma thousands separators in groups of three (<c>"29,199"</c>, as MHCLG's IoD files have them).
/// A comma anywhere else (<c>1,5</c>) is refused rather than read as 15.
/// </summary>
internal static partial class TableNumber
{
    /// <summary>Parses a finite number; NaN and infinities are refused.</summary>
    public static bool TryParse(string? text, out double value) => TryParse(text.AsSpan(), out value);

    /// <inheritdoc cref="TryParse(string?, out double)"/>
    /// <remarks>Allocates only for a number with thousands separators, which point files rarely have.</remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains(','))
        {
            return TryParseGrouped(trimmed.ToString(), out value);
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        value = double.NaN;
        return false;
    }

    /// <summary>Parses a whole number such as a rank or a count.</summary>
    public static bool TryParseWhole(string? text, out long value)
    {
        value = 0;
        return Ungrouped(text) is { } plain
            && long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseGrouped(string text, out double value)
    {
        value = double.NaN;
        return Ungrouped(text) is { } plain
            && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static string? Ungrouped(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !trimmed.Contains(','))
        {
            return trimmed;
        }

        return ThousandsGrouped().IsMatch(trimmed) ? trimmed.Replace(",", "", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGrouped();
}
