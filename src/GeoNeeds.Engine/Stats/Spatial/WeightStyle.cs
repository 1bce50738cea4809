namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>How the links of a <see cref="SpatialWeights"/> are weighted when a statistic uses them.</summary>
public enum WeightStyle
{
    /// <summary>Every link weighs 1 (PySAL transform "B"); Getis-Ord Gi* uses these with a self-link.</summary>
    Binary,

    /// <summary>
    /// Each area's links weigh 1 ÷ its number of neighbours, so every row sums to 1 (PySAL transform "R", the
    /// GeoDa default); Moran's I uses these unless told otherwise.
    /// </summary>
    RowStandardised,
}
