using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's MARAC volume against SafeLives' recommendation and, when staffing was given, its IDVA gap.</summary>
public sealed record MaracAreaResult(MaracArea Area, MaracComparison Marac, IdvaComparison? Idva);
