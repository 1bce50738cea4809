namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// The SafeLives risk bands of a DASH checklist score, as outcome reports publish them: Standard (up to 5 ticks),
/// Medium (6–9) and High (10 or more).
/// </summary>
public static class DashBand
{
    public const string Standard = "standard";
    public const string Medium = "medium";
    public const string High = "high";

    /// <summary>The bands, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Standard, Medium, High];

    /// <summary>The band of <paramref name="ticks"/>; <c>null</c> when not recorded.</summary>
    /// <remarks>Reports label Standard "1–5"; a score of 0 (no box ticked) is a standard-risk assessment too, so it is counted there rather than dropped.</remarks>
    public static string? Of(int? ticks) => ticks switch
    {
        null => null,
        <= 5 => Standard,
        <= 9 => Medium,
        _ => High,
    };

    /// <summary>The band's position, 0 for <see cref="Standard"/>.</summary>
    public static int Index(string band) => band switch
    {
        Standard => 0,
        Medium => 1,
        _ => 2,
    };
}
