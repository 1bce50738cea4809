using System.Globalization;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>Reads a period or date as the <c>yyyy-MM</c> month police.uk uses, so monthly counts line up across sources.</summary>
internal static class MonthText
{
    // UK dates are day first; ISO dates are what exports and police.uk write.
    private static readonly string[] Formats =
    [
        "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy/MM/dd",
    ];

    /// <summary>The <c>yyyy-MM</c> month of a period or date in one of the recognised formats.</summary>
    public static bool TryRead(string text, out string month)
    {
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return true;
        }

        month = text;
        return false;
    }

    /// <summary>Why <paramref name="written"/> (the value of <paramref name="column"/>), which <see cref="TryRead"/> refused, is no month.</summary>
    public static string Problem(string column, string written) => written.Trim().Length == 0
        ? $"{column} is empty"
        : $"'{written}' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)";

    /// <summary>
    /// The period a value counts in: its first seven characters when it starts like <c>yyyy-MM</c> (so dates and
    /// periods count together, even a date GeoNeeds did not recognise), otherwise the value as it is.
    /// </summary>
    public static string? Period(string? value) =>
        value is { Length: >= 7 } && value[4] == '-' ? value[..7] : value;
}
