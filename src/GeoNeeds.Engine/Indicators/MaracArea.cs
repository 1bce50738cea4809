namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's adult female population, its MARAC cases in a year and, optionally, its IDVA staff (FTE).</summary>
public sealed record MaracArea(string AreaCode, string AreaName, double AdultWomen, double Cases, double? IdvaFte);
