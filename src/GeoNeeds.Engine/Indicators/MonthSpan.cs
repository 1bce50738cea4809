using System.Globalization;

namespace GeoNeeds.Engine.Indicators;

/// <summary>Lengths of closed ranges of months written <c>yyyy-MM</c>, as study periods give them.</summary>
public static class MonthSpan
{
    /// <summary>How many months run from <paramref name="first"/> to <paramref name="last"/>, both counted (2023-01 to 2023-12 is 12).</summary>
    /// <exception cref="FormatException">A month is not <c>yyyy-MM</c>.</exception>
    public static int Count(string first, string last) => Index(last) - Index(first) + 1;

    /// <summary>Whether <paramref name="month"/> lies from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static bool Contains(string first, string last, string month) =>
        string.CompareOrdinal(month, first) >= 0 && string.CompareOrdinal(month, last) <= 0;

    /// <summary>Whether <paramref name="text"/> is a month written <c>yyyy-MM</c>.</summary>
    public static bool IsMonth(string text) =>
        text.Length == 7 && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static int Index(string month)
    {
        var date = DateOnly.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        return (date.Year * 12) + date.Month - 1;
    }
}
