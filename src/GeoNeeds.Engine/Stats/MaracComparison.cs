namespace GeoNeeds.Engine.Stats;

/// <summary>An area's MARAC cases against the volume SafeLives recommends for its adult female population.</summary>
/// <param name="ExpectedCases">Cases a year the recommendation expects (not rounded).</param>
/// <param name="RatePer10000">Cases per 10,000 adult women; null when the population is 0.</param>
/// <param name="Difference">Cases − expected cases: negative is fewer cases than recommended.</param>
/// <param name="PercentOfExpected">Cases ÷ expected × 100; null when nothing is expected.</param>
public sealed record MaracComparison(double ExpectedCases, double? RatePer10000, double Difference, double? PercentOfExpected);
