using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// An area's polygons as one tile draws them: clipped to the tile and a small buffer around it (so neighbouring
/// tiles' fills meet without seams), simplified to half a screen pixel at the tile's zoom (so the national LSOA
/// level stays light when zoomed out), and never dropped for being small: an area smaller than a pixel is drawn
/// as a pixel-sized square at its place, where the tile writer would otherwise leave a hole in a city.
/// </summary>
internal static class TileGeometry
{
    /// <summary>MapLibre draws a vector tile 512 screen pixels wide.</summary>
    public const double TilePixels = 512;

    private const double BufferPixels = 8;
    private const double SmallestPixels = 1.25;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The tile's area in longitude/latitude, with its buffer.</summary>
    public static Envelope Bounds(TileAddress tile)
    {
        var (west, north) = Corner(tile.X, tile.Y, tile.Z);
        var (east, south) = Corner(tile.X + 1, tile.Y + 1, tile.Z);
        var pad = (east - west) * BufferPixels / TilePixels;
        return new Envelope(west - pad, east + pad, south - (pad * Math.Cos(Radians(south))), north + (pad * Math.Cos(Radians(north))));
    }

    /// <summary>
    /// The screen pixel (a cell of the tile's grid of <see cref="SmallestPixels"/>-pixel squares) an area smaller
    /// than one falls in, or null for a larger area. A tile draws one area per such pixel: the others would be
    /// drawn over it, unseen, and a national tile zoomed out would otherwise carry thirty thousand squares.
    /// </summary>
    public static (long Column, long Row)? PixelOf(Geometry area, TileAddress tile, Envelope bounds)
    {
        var (width, height) = SmallestSize(tile, bounds);
        var envelope = area.EnvelopeInternal;
        return envelope.Width < width && envelope.Height < height
            ? ((long)Math.Floor(envelope.Centre.X / width), (long)Math.Floor(envelope.Centre.Y / height))
            : null;
    }

    /// <summary>The polygons drawn in <paramref name="tile"/> (whose <see cref="Bounds"/> are <paramref name="bounds"/>), or null when none fall in it.</summary>
    public static Geometry? For(Geometry area, TileAddress tile, Envelope bounds)
    {
        var (width, height) = SmallestSize(tile, bounds);
        var envelope = area.EnvelopeInternal;
        if (envelope.Width < width && envelope.Height < height)
        {
            return bounds.Contains(envelope.Centre) ? Square(envelope.Centre, width, height) : null;
        }

        var clipped = bounds.Contains(envelope) ? area : Clip(area, bounds);
        if (clipped is null || clipped.IsEmpty)
        {
            return null;
        }

        var simplifier = new DouglasPeuckerSimplifier(clipped) { DistanceTolerance = 0.5 * height / SmallestPixels, EnsureValidTopology = false };
        var simplified = simplifier.GetResultGeometry();
        return simplified.IsEmpty ? Square(envelope.Centre, width, height) : simplified;
    }

    /// <summary>The smallest square drawn, in degrees of longitude and latitude (a degree of latitude is drawn 1 / cos(latitude) times taller).</summary>
    private static (double Width, double Height) SmallestSize(TileAddress tile, Envelope bounds)
    {
        var pixel = 360.0 / (1 << tile.Z) / TilePixels;
        return (SmallestPixels * pixel, SmallestPixels * pixel * Math.Cos(Radians(bounds.Centre.Y)));
    }

    private static Geometry? Clip(Geometry area, Envelope bounds)
    {
        try
        {
            var cut = area.Intersection(Factory.ToGeometry(bounds));
            return cut is Polygon or MultiPolygon ? cut : null;
        }
        catch (TopologyException)
        {
            // An invalid boundary the overlay cannot cut is drawn whole; the map clips it on screen.
            return area;
        }
    }

    private static Polygon Square(Coordinate centre, double width, double height) => (Polygon)Factory.ToGeometry(
        new Envelope(centre.X - (width / 2), centre.X + (width / 2), centre.Y - (height / 2), centre.Y + (height / 2)));

    /// <summary>The north-west corner of tile column <paramref name="x"/>, row <paramref name="y"/> at zoom <paramref name="z"/> (spherical Mercator).</summary>
    private static (double Longitude, double Latitude) Corner(int x, int y, int z)
    {
        var tiles = (double)(1 << z);
        return WebMercator.Degrees(x / tiles, y / tiles);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
