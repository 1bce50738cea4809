namespace GeoNeeds.Engine.Join;

/// <summary>How points are assigned to areas.</summary>
public enum JoinMethod
{
    /// <summary>Point in polygon on the point's coordinates.</summary>
    Spatial,

    /// <summary>By the area code the source already carries (police.uk's <c>LSOA code</c> column).</summary>
    AreaCode,
}
