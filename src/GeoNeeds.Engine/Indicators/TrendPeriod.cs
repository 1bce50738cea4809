namespace GeoNeeds.Engine.Indicators;

/// <summary>A named period of a trend: a closed range of months (<c>yyyy-MM</c>).</summary>
public sealed record TrendPeriod(string Name, string First, string Last)
{
    /// <summary>How many months the period spans.</summary>
    public int Months => MonthSpan.Count(First, Last);

    /// <summary>Whether <paramref name="month"/> falls in the period.</summary>
    public bool Holds(string month) => MonthSpan.Contains(First, Last, month);
}
