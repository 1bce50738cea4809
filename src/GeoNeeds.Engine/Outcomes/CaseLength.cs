namespace GeoNeeds.Engine.Outcomes;

/// <summary>How long a case was open, in the bands outcome reports publish.</summary>
public static class CaseLength
{
    /// <summary>The bands of whole months open, shortest first.</summary>
    public static IReadOnlyList<string> Bands { get; } = ["0-1 months", "2-3 months", "4-5 months", "6-7 months", "8+ months"];

    /// <summary>Whole calendar months from <paramref name="intake"/> to <paramref name="exit"/> (a month counts once its day is reached).</summary>
    public static int Months(DateOnly intake, DateOnly exit) =>
        (((exit.Year - intake.Year) * 12) + exit.Month - intake.Month) - (exit.Day < intake.Day ? 1 : 0);

    /// <summary>The band of <paramref name="months"/> (0 or more).</summary>
    public static string Band(int months) => Bands[Math.Min(months / 2, Bands.Count - 1)];

    /// <summary>Weeks from <paramref name="intake"/> to <paramref name="exit"/>, fractional.</summary>
    public static double Weeks(DateOnly intake, DateOnly exit) => (exit.DayNumber - intake.DayNumber) / 7.0;
}
