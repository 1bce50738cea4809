namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Change in an area's count between two periods and where the area sits on the "rate against change" scatter
/// of needs assessments: above or below the overall rate, rising or falling.
/// </summary>
public static class RateChange
{
    /// <summary>The count after − the count before.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite.</exception>
    public static double Change(double before, double after)
    {
        PoissonLimits.RequireValidCount(before);
        PoissonLimits.RequireValidCount(after);
        return after - before;
    }

    /// <summary>(after − before) ÷ before × 100, the percentage change.</summary>
    /// <remarks>Null when the count before was 0: a rise from nothing has no percentage.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite.</exception>
    public static double? ChangePercent(double before, double after)
    {
        var change = Change(before, after);
        return before > 0 ? change / before * 100 : null;
    }

    /// <summary>
    /// The quadrant of the scatter of rate (x) against change (y), split at the overall rate and at no change:
    /// <c>above-rising</c>, <c>above-falling</c>, <c>below-rising</c>, <c>below-falling</c>.
    /// </summary>
    /// <remarks>
    /// An area exactly on a dividing line says so instead of being pushed to one side: <c>at</c> the overall rate,
    /// <c>steady</c> for no change (e.g. <c>at-rising</c>, <c>below-steady</c>).
    /// </remarks>
    public static string Quadrant(double rate, double overallRate, double change)
    {
        var level = rate > overallRate ? "above" : rate < overallRate ? "below" : "at";
        var direction = change > 0 ? "rising" : change < 0 ? "falling" : "steady";
        return $"{level}-{direction}";
    }
}
