namespace GeoNeeds.Engine.Studies;

/// <summary>Column mapping of a generic point CSV.</summary>
public sealed class ColumnsDefinition
{
    /// <summary>Longitude or easting column.</summary>
    public string X { get; set; } = "";

    /// <summary>Latitude or northing column.</summary>
    public string Y { get; set; } = "";

    /// <summary><c>EPSG:4326</c> for lon/lat or <c>EPSG:27700</c> for eastings/northings (the default).</summary>
    public string Crs { get; set; } = "EPSG:27700";

    public string? Month { get; set; }

    public string? Category { get; set; }

    public string? AreaCode { get; set; }
}
