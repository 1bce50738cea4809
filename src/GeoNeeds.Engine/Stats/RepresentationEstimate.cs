namespace GeoNeeds.Engine.Stats;

/// <summary>
/// A group's share of a profile (referrals, say) against its share of the population the profile comes from.
/// </summary>
/// <param name="ProfileShare">The group's share of the profile, with Wilson score limits.</param>
/// <param name="PopulationShare">The group's share of the population, with Wilson score limits.</param>
/// <param name="Ratio">Profile share ÷ population share (1 = represented in proportion); null when the group has no population.</param>
/// <param name="Lower">The ratio's lower limit by the Katz log method; null when the ratio or either count is 0.</param>
/// <param name="Upper">The ratio's upper limit by the Katz log method; null when the ratio or either count is 0.</param>
/// <param name="Confidence">The confidence level of every limit, e.g. 0.95.</param>
public sealed record RepresentationEstimate(
    ProportionLimits ProfileShare, ProportionLimits PopulationShare, double? Ratio, double? Lower, double? Upper, double Confidence)
{
    /// <summary>How the limits are computed, for output metadata.</summary>
    public const string Method =
        "Shares: Wilson score limits (Wilson 1927; Newcombe 1998 method 3). Ratio of shares: Katz log method " +
        "(Katz, Baptista, Azen & Pike 1978, Biometrics 34:469).";
}
