using System.Globalization;

namespace GeoNeeds.Synthetic;

/// <summary>
/// The demo year, April 2025 to March 2026 (a financial year, as needs assessments report), the two years of
/// police data before it, and how busy each month is: a summer peak and a mild upward trend.
/// </summary>
internal static class DemoCalendar
{
    public const int MonthCount = 12;

    /// <summary>Months of police data before the demo year (April 2023 to March 2025), for trends over three years.</summary>
    public const int HistoryMonths = 24;

    private static readonly DateOnly FirstMonth = new(2025, 4, 1);

    private static readonly WeightedChoice<int> Months = new(Enumerable.Range(0, MonthCount).Select(i => (i, Volume(i))));

    /// <summary>The first day of month <paramref name="index"/> (0 = April 2025; −24 = April 2023).</summary>
    public static DateOnly Month(int index) => FirstMonth.AddMonths(index);

    /// <summary>The month as police.uk writes it, <c>yyyy-MM</c>.</summary>
    public static string MonthText(int index) => Month(index).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Relative volume of month <paramref name="index"/>: ±12% seasonal swing peaking in July, +0.6% a month.</summary>
    public static double Volume(int index) =>
        (1 + (0.12 * Math.Cos(2 * Math.PI * (Month(index).Month - 7) / 12))) * (1 + (0.006 * index));

    /// <summary>A day of the demo year, as <c>yyyy-MM-dd</c>: busier months more likely, days within a month equally so.</summary>
    public static string DrawDate(Random random)
    {
        var first = Month(Months.Draw(random));
        return first.AddDays(random.Next(DateTime.DaysInMonth(first.Year, first.Month))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
