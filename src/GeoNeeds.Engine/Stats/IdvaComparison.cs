namespace GeoNeeds.Engine.Stats;

/// <summary>IDVA (independent domestic violence adviser) staffing against a recommended number.</summary>
/// <param name="RecommendedFte">Full-time-equivalent IDVAs recommended for the adult female population.</param>
/// <param name="Fte">Full-time-equivalent IDVAs in post.</param>
/// <param name="Gap">Recommended − in post: positive is the FTE still needed, negative more than recommended.</param>
public sealed record IdvaComparison(double RecommendedFte, double Fte, double Gap);
