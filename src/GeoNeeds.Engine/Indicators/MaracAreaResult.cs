using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's MARAC volume against SafeLives' recommendation and, when staffing was given, its IDVA gap.</summary>
/// <param name="Area">The area's figures.</param>
/// <param name="Marac">Cases against the recommended volume.</param>
/// <param name="Idva">IDVAs in post against the recommendation: by caseload on the expected cases, or per 100,000 adult women.</param>
/// <param name="IdvaOnCasesHeard">By caseload on the cases actually heard; null in the per-population form.</param>
public sealed record MaracAreaResult(MaracArea Area, MaracComparison Marac, IdvaComparison? Idva, IdvaComparison? IdvaOnCasesHeard = null);
