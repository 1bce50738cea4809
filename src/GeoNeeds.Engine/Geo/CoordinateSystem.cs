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
    /// Parses an authority and code: <c>EPSG:27700</c>, a bare <c>27700</c> (EPSG), the OGC URNs
    /// <c>urn:ogc:def:crs:EPSG::27700</c> and <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>, the OGC URLs
    /// <c>http://www.opengis.net/def/crs/EPSG/0/4326</c>, and <c>OGC:CRS84</c> or <c>CRS84</c>; case does not matter.
    /// </summary>
    /// <remarks>
    /// The code is compared whole, so <c>EPSG:14326</c> or <c>ESRI:104326</c> is not taken for WGS 84. CRS84 is WGS 84
    /// with longitude first, the axis order GeoNeeds always uses.
    /// </remarks>
    /// <exception cref="ArgumentException">The text names a coordinate system GeoNeeds does not support.</exception>
    public static CoordinateSystem Parse(string text) => AuthorityCode(text) switch
    {
        ("EPSG", "4326") or ("OGC", "CRS84") => Wgs84,
        ("EPSG", "27700") => BritishNationalGrid,
        _ => throw new ArgumentException($"Unsupported coordinate system '{text}': GeoNeeds reads EPSG:4326 (lon/lat) and EPSG:27700 (British National Grid).", nameof(text)),
    };

    /// <summary>The authority and code of <paramref name="text"/>, upper case, or empty strings when it has neither form.</summary>
    private static (string Authority, string Code) AuthorityCode(string text)
    {
        const string Urn = "URN:OGC:DEF:CRS:", Url = "://WWW.OPENGIS.NET/DEF/CRS/";
        var upper = text.Trim().ToUpperInvariant();
        var url = upper.IndexOf(Url, StringComparison.Ordinal);
        string[] parts = upper switch
        {
            _ when upper.StartsWith(Urn, StringComparison.Ordinal) => upper[Urn.Length..].Split(':'),
            _ when upper[..Math.Max(url, 0)] is "HTTP" or "HTTPS" => upper[(url + Url.Length)..].Split('/'),
            "CRS84" => ["OGC", "CRS84"],
            _ when upper.Length > 0 && upper.All(char.IsAsciiDigit) => ["EPSG", upper],
            _ => upper.Split(':'),
        };

        // AUTHORITY:CODE, or AUTHORITY:VERSION:CODE in URNs and URLs (the version may be empty: EPSG::27700).
        return parts.Length is 2 or 3 && parts[0].Length > 0 && parts[^1].Length > 0 ? (parts[0].Trim(), parts[^1].Trim()) : ("", "");
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
