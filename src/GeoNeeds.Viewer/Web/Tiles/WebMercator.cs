namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// Web Mercator (EPSG:3857) as the tile grid and MapLibre place the map: a point as a fraction of the world's
/// width, x eastward from 180° W and y southward from the grid's north edge (about 85.05° N), and back.
/// </summary>
internal static class WebMercator
{
    /// <summary>The point at <paramref name="longitude"/>, <paramref name="latitude"/> (degrees) as fractions of the world's width.</summary>
    public static (double X, double Y) Fraction(double longitude, double latitude)
    {
        var radians = latitude * Math.PI / 180;
        return ((longitude + 180) / 360, (1 - (Math.Log(Math.Tan((Math.PI / 4) + (radians / 2))) / Math.PI)) / 2);
    }

    /// <summary>The longitude and latitude (degrees) of the point at fractions <paramref name="x"/>, <paramref name="y"/> of the world's width.</summary>
    public static (double Longitude, double Latitude) Degrees(double x, double y) =>
        ((x * 360) - 180, Math.Atan(Math.Sinh(Math.PI * (1 - (2 * y)))) * 180 / Math.PI);
}
