namespace GeoNeeds.Engine.Geo;

/// <summary>
/// The coordinate systems GeoNeeds reads and writes. Inputs from England and Wales come in one of these two;
/// anything else is refused with a clear message rather than guessed.
/// </summary>
public sealed record CoordinateSystem(int Epsg, string Name, bool IsGeographic)
{
    /// <summary>WGS 84 longitude/latitude (EPSG:4326, and CRS84 with lon/lat axis order).</summary>
    public static readonly CoordinateSystem Wgs84 = new(4326, "WGS 84 (lon/lat)", true);

    /// <summary>OSGB36 / British National Grid eastings/northings in metres (EPSG:27700).</summary>
    public static readonly CoordinateSystem BritishNationalGrid = new(27700, "OSGB36 / British National Grid", false);

    public string Code => $"EPSG:{Epsg}";

    /// <summary>
    /// Parses <c>EPSG:27700</c>, <c>27700</c>, <c>urn:ogc:def:crs:EPSG::27700</c>, <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>
    /// and similar spellings.
    /// </summary>
    /// <exception cref="ArgumentException">The text names a coordinate system GeoNeeds does not support.</exception>
    public static CoordinateSystem Parse(string text)
    {
        var normalised = text.Trim().ToUpperInvariant();
        if (normalised.EndsWith("CRS84", StringComparison.Ordinal) || normalised.EndsWith("4326", StringComparison.Ordinal))
        {
            return Wgs84;
        }

        if (normalised.EndsWith("27700", StringComparison.Ordinal))
        {
            return BritishNationalGrid;
        }

        throw new ArgumentException($"Unsupported coordinate system '{text}': GeoNeeds reads EPSG:4326 (lon/lat) and EPSG:27700 (British National Grid).", nameof(text));
    }

    /// <summary>
    /// Recognises a coordinate system from a shapefile <c>.prj</c> (ESRI WKT) by its projection or datum names.
    /// Returns <c>null</c> when the WKT names neither supported system.
    /// </summary>
    public static CoordinateSystem? FromWkt(string wkt)
    {
        if (wkt.Contains("British_National_Grid", StringComparison.OrdinalIgnoreCase)
            || wkt.Contains("British National Grid", StringComparison.OrdinalIgnoreCase)
            || wkt.Contains("OSGB", StringComparison.OrdinalIgnoreCase))
        {
            return BritishNationalGrid;
        }

        return wkt.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) || wkt.Contains("WGS 84", StringComparison.OrdinalIgnoreCase)
            ? Wgs84
            : null;
    }

    /// <summary>
    /// Guesses from a coordinate range: lon/lat of Great Britain lies within ±180/±90, while BNG eastings and
    /// northings are metres in 0..700,000 / 0..1,300,000. Returns <c>null</c> when neither fits.
    /// </summary>
    public static CoordinateSystem? FromRange(double minX, double minY, double maxX, double maxY)
    {
        if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90)
        {
            return Wgs84;
        }

        return minX >= -10_000 && maxX <= 800_000 && minY >= -10_000 && maxY <= 1_300_000 ? BritishNationalGrid : null;
    }

    public override string ToString() => $"{Code} ({Name})";
}
