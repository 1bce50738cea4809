namespace GeoNeeds.Engine.Stats;

/// <summary>IDVA (independent domestic violence adviser) staffing against a recommended number.</summary>
/// <param name="RecommendedFte">Full-time-equivalent IDVAs recommended for the adult female population.</param>
/// <param name="Fte">Full-time-equivalent IDVAs in post.</param>
/// <param name="Gap">Recommended − in post: positive is the FTE still needed, negative more than recommended.</param>
public sealed record IdvaComparison(double RecommendedFte, double Fte, double Gap)
{
    /// <summary>The gap as a percentage of the recommended FTE (the shortfall ONS reports); null when nothing is recommended.</summary>
    public double? GapPercent => RecommendedFte > 0 ? Gap / RecommendedFte * 100 : null;
}
