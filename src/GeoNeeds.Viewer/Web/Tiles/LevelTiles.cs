using System.Collections.Concurrent;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// The Mapbox Vector Tiles of one level, made on demand from its layer (one tile layer, <see cref="LayerName"/>,
/// of the areas with <see cref="TileAttributes"/>) and kept in memory once made.
/// </summary>
internal sealed class LevelTiles
{
    /// <summary>The name of the tiles' one layer, which the page's style draws.</summary>
    public const string LayerName = "areas";

    /// <summary>
    /// The deepest zoom drawn as raster tiles: the page draws a dense level from them to this zoom and from vector tiles
    /// deeper (map.js, <c>RASTER_MAX_ZOOM</c>), where a view holds few enough areas for a browser drawing in software.
    /// </summary>
    public const int RasterMaxZoom = 12;

    /// <summary>Tiles kept before the cache starts afresh: a day's browsing, a few tens of megabytes at most.</summary>
    private const int MaxKept = 20_000;

    /// <summary>
    /// Bytes of raster tiles kept before their cache starts afresh: every zoomed-out tile of a country in a few layers
    /// and a day's browsing of towns. A tile with borders is 50–350 KB (up to 1 MB at twice the pixels).
    /// </summary>
    private const long MaxRasterBytes = 256L << 20;

    private readonly LevelLayer layer;
    private readonly AttributesTable[] attributes;
    private readonly AttributesTable[] outlines;
    private readonly STRtree<int> index = new();
    private readonly ConcurrentDictionary<TileAddress, byte[]> made = new();
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> pictures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, TileAddress Address, int PixelRatio), byte[]> rasters = new();
    private readonly LevelClasses classes;
    private long rasterBytes;

    public LevelTiles(LevelLayer layer, LevelEntry level, LevelClasses classes)
    {
        this.layer = layer;
        this.classes = classes;
        attributes = [.. layer.Properties.Select((properties, id) => TileAttributes.Of(id, properties, level, classes))];
        outlines = [.. attributes.Select(TileAttributes.Outline)];
        for (var id = 0; id < layer.Geometries.Count; id++)
        {
            if (layer.Geometries[id] is { } geometry)
            {
                index.Insert(geometry.EnvelopeInternal, id);
            }
        }

        index.Build();
    }

    /// <summary>The bounds of every area of the level (longitude and latitude).</summary>
    public Envelope Extent => index.Root.Bounds ?? new Envelope();

    /// <summary>The encoded tile (possibly with no areas in it).</summary>
    public byte[] Tile(TileAddress address)
    {
        if (made.Count > MaxKept)
        {
            made.Clear();
        }

        return made.GetOrAdd(address, Make);
    }

    /// <summary>The level's whole map in the classes of map layer <paramref name="field"/> (<see cref="LevelPicture"/>), made once; null when the level has no such layer or no areas.</summary>
    public byte[]? Picture(string field) =>
        classes.Layer(field) is { } shading && !Extent.IsNull
            ? pictures.GetOrAdd(field, _ => new Lazy<byte[]>(() => LevelPicture.Draw(layer, shading, Extent))).Value
            : null;

    /// <summary>
    /// The raster tile at <paramref name="address"/> in the classes of map layer <paramref name="field"/>
    /// (<see cref="LevelPicture.DrawTile"/>, <paramref name="pixelRatio"/> 1 or 2 image pixels to a screen pixel), kept once made; null when the level has no such layer or the zoom is deeper than <see cref="RasterMaxZoom"/>. A dense level
    /// zoomed out is drawn from these: a few images are far quicker for a browser to draw than tens of thousands of polygons.
    /// </summary>
    public byte[]? Raster(string field, TileAddress address, int pixelRatio = 1)
    {
        if (address.Z > RasterMaxZoom || classes.Layer(field) is not { } shading)
        {
            return null;
        }

        if (Interlocked.Read(ref rasterBytes) > MaxRasterBytes)
        {
            rasters.Clear();
            Interlocked.Exchange(ref rasterBytes, 0);
        }

        return rasters.GetOrAdd((field, address, pixelRatio), key =>
        {
            var png = LevelPicture.DrawTile(layer, shading, index.Query(TileGeometry.Bounds(key.Address)).Order(), key.Address, key.PixelRatio);
            Interlocked.Add(ref rasterBytes, png.Length);
            return png;
        });
    }

    /// <summary>
    /// Makes the tiles of the zooms up to <paramref name="zoom"/> that hold any area, so the first view of the level is
    /// drawn at once: its raster tiles of map layer <paramref name="rasterField"/> when given (a dense level, whose
    /// vector tiles the page asks for only deeper than <see cref="RasterMaxZoom"/>), else its vector tiles.
    /// </summary>
    public void Warm(int zoom, string? rasterField = null, CancellationToken stopping = default)
    {
        foreach (var address in Enumerable.Range(0, zoom + 1).SelectMany(Covering).TakeWhile(_ => !stopping.IsCancellationRequested))
        {
            _ = rasterField is null ? Tile(address) : Raster(rasterField, address);
        }
    }

    /// <summary>The tiles of zoom <paramref name="z"/> whose bounds meet any area's, west to east and north to south.</summary>
    public IEnumerable<TileAddress> Covering(int z)
    {
        var extent = Extent;
        if (extent.IsNull)
        {
            yield break;
        }

        var (west, north) = TileAddress.Containing(extent.MinX, extent.MaxY, z);
        var (east, south) = TileAddress.Containing(extent.MaxX, extent.MinY, z);
        for (var x = west; x <= east; x++)
        {
            for (var y = north; y <= south; y++)
            {
                var address = new TileAddress(z, x, y);
                if (index.Query(TileGeometry.Bounds(address)).Count > 0)
                {
                    yield return address;
                }
            }
        }
    }

    private byte[] Make(TileAddress address)
    {
        var bounds = TileGeometry.Bounds(address);
        var areas = new Layer { Name = LayerName };
        var pixels = new HashSet<(long, long)>();
        foreach (var id in index.Query(bounds).Order())
        {
            var area = layer.Geometries[id]!;
            if (TileGeometry.PixelOf(area, address, bounds) is { } pixel && !pixels.Add(pixel))
            {
                continue;
            }

            if (TileGeometry.For(area, address, bounds) is { } geometry)
            {
                areas.Features.Add(new Feature(geometry, address.Z < TileAttributes.DetailZoom ? outlines[id] : attributes[id]));
            }
        }

        var tile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(address.X, address.Y, address.Z).Id };
        tile.Layers.Add(areas);
        using var stream = new MemoryStream();
        // Areas are kept down to one square tile unit; TileGeometry has already made the smallest a pixel wide.
        tile.Write(stream, minLinealExtent: 1, minPolygonalExtent: 1, idAttributeName: TileAttributes.IdName);
        return stream.ToArray();
    }
}
