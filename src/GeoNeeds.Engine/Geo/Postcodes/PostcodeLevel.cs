namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>The postcode geographies GeoNeeds derives polygons for.</summary>
public enum PostcodeLevel
{
    /// <summary>The full postcode, e.g. <c>CV1 1DD</c>.</summary>
    Unit,

    /// <summary>The outward code and the inward code's digit, e.g. <c>CV1 1</c>.</summary>
    Sector,

    /// <summary>The outward code, e.g. <c>CV1</c>.</summary>
    District,
}
