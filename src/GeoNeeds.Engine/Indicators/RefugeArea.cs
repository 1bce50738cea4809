namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's population (or women 15–64) and the refuge family spaces provided in it.</summary>
public sealed record RefugeArea(string AreaCode, string AreaName, double Population, double Provided);
