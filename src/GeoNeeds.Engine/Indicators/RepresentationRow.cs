using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>One value of a profiled field in one area, against the population and any expected share.</summary>
/// <param name="Field">The referral field.</param>
/// <param name="Value">Its value (not recorded when empty).</param>
/// <param name="AreaCode">The area's code, or TOTAL.</param>
/// <param name="AreaName">The area's name.</param>
/// <param name="Count">The referrals with the value as published: the count, or the withheld mark.</param>
/// <param name="Compared">The referrals the shares are of as published (those whose value stands for a group), or null for a value outside the shares.</param>
/// <param name="Population">The value's population group within the compared ages; null when the field is not compared with the population.</param>
/// <param name="Share">The value's share of the compared referrals; null when the value is outside the shares.</param>
/// <param name="Estimate">The share against the population's share; null when the field is not compared with the population or the area has no population.</param>
/// <param name="Rate">Referrals per 100,000 of the group; null when the field is not compared with the population.</param>
/// <param name="Expected">The share against the expected share; null when none is expected.</param>
/// <param name="Withheld">Whether the share, ratio, rate and comparison would give a withheld count away, and so are left empty.</param>
public sealed record RepresentationRow(
    string Field,
    string Value,
    string AreaCode,
    string AreaName,
    object Count,
    object? Compared,
    double? Population,
    ProportionLimits? Share,
    RepresentationEstimate? Estimate,
    RateEstimate? Rate,
    ExpectedShareResult? Expected,
    bool Withheld);
