using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// A level's GeoJSON layer read once for tiling: each area's polygons (WGS 84 longitude/latitude) and properties
/// in file order. An area's place in that order gives its feature id in the tiles (<see cref="TileAttributes.IdOf"/>)
/// and its place in <see cref="AreasJson"/>.
/// </summary>
internal sealed class LevelLayer
{
    private static readonly JsonSerializerOptions GeometryJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly Lazy<byte[]> areasJson;
    private readonly Lazy<byte[]> boundsJson;
    private readonly Lazy<STRtree<int>> areaIndex;

    private LevelLayer(IReadOnlyList<Geometry?> geometries, IReadOnlyList<JsonElement> properties)
    {
        Geometries = geometries;
        Properties = properties;
        areasJson = new(() => JsonSerializer.SerializeToUtf8Bytes(new { areas = Properties, places = geometries.Select(Place) }));
        boundsJson = new(() =>
        {
            var box = new Envelope();
            foreach (var geometry in geometries.OfType<Geometry>())
            {
                box.ExpandToInclude(geometry.EnvelopeInternal);
            }

            return JsonSerializer.SerializeToUtf8Bytes(box.IsNull ? null : new[] { box.MinX, box.MinY, box.MaxX, box.MaxY });
        });
        areaIndex = new(() =>
        {
            var tree = new STRtree<int>();
            for (var i = 0; i < geometries.Count; i++)
            {
                if (geometries[i] is { } geometry)
                {
                    tree.Insert(geometry.EnvelopeInternal, i);
                }
            }

            tree.Build();
            return tree;
        });
    }

    /// <summary>Each area's polygons; null where a feature has no geometry the tiles can draw.</summary>
    public IReadOnlyList<Geometry?> Geometries { get; }

    /// <summary>Each area's properties object (empty where a feature has none).</summary>
    public IReadOnlyList<JsonElement> Properties { get; }

    /// <summary>
    /// Every area in file (feature-id) order as JSON, for the page's search, panel, charts and labels: <c>areas</c>, their
    /// properties, and <c>places</c>, each one's bounds and a point inside it to label
    /// (<c>[west, south, east, north, x, y]</c>, about a metre's precision; null for an area without polygons).
    /// </summary>
    public byte[] AreasJson => areasJson.Value;

    /// <summary>The bounds of every area as JSON, <c>[west, south, east, north]</c> (null when none has polygons): the page frames the map with them before the area table arrives.</summary>
    public byte[] BoundsJson => boundsJson.Value;

    /// <summary>
    /// The polygons of the area with feature id <paramref name="id"/> as a GeoJSON geometry, for the page's hover outline:
    /// whole, where a tile holds only its part. Null when no area has that id or it has no polygons.
    /// </summary>
    public byte[]? OutlineJson(ulong id) =>
        id >= 1 && id <= (ulong)Geometries.Count && Geometries[(int)(id - 1)] is { } area
            ? JsonSerializer.SerializeToUtf8Bytes(area, GeometryJson)
            : null;

    /// <summary>The place in file order of the area whose polygons cover the point (the first, should areas overlap), or null when none does.</summary>
    public int? AreaAt(double longitude, double latitude)
    {
        var point = new Point(longitude, latitude);
        var covering = areaIndex.Value.Query(point.EnvelopeInternal).Where(i => Geometries[i]!.Covers(point)).ToList();
        return covering.Count == 0 ? null : covering.Min();
    }

    /// <exception cref="JsonException">The file is not JSON, or not a FeatureCollection.</exception>
    public static LevelLayer Read(string path)
    {
        var properties = LayerProperties.OfEachFeature(path);
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var geometries = document.RootElement.GetProperty("features").EnumerateArray()
            .Select(feature => feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object
                ? Polygonal(geometry.Deserialize<Geometry>(GeometryJson))
                : null)
            .ToList();
        return new LevelLayer(geometries, properties);
    }

    private static double[]? Place(Geometry? area)
    {
        if (area is null)
        {
            return null;
        }

        var (box, inside) = (area.EnvelopeInternal, area.InteriorPoint.Coordinate);
        return [.. new[] { box.MinX, box.MinY, box.MaxX, box.MaxY, inside.X, inside.Y }.Select(v => Math.Round(v, 5))];
    }

    private static Geometry? Polygonal(Geometry? geometry) =>
        geometry is Polygon or MultiPolygon && !geometry.IsEmpty ? geometry : null;
}
