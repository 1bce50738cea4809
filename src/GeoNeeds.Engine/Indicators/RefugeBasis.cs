namespace GeoNeeds.Engine.Indicators;

/// <summary>What a refuge standard is applied to.</summary>
public enum RefugeBasis
{
    /// <summary>The whole population (Council of Europe), column <c>population</c>.</summary>
    Population,

    /// <summary>Women aged 15 to 64 (the UNODC alternative), column <c>female_15_64</c>.</summary>
    Female15To64,
}
