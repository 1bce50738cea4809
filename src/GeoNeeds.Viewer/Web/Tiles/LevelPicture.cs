using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// A level's whole map in one layer's classes as a PNG in Web Mercator, framed by the level's bounds as the page
/// frames its first view, so the page can show it while the map itself starts and draws its tiles (seconds for
/// the national LSOAs in software): fills, hatching and borders as the page's map draws them.
/// </summary>
internal static class LevelPicture
{
    /// <summary>The picture's longer side in pixels: sharp on a laptop screen, and one picture serves every window size.</summary>
    public const int LongSide = 1024;

    /// <summary>Levels of more areas than this are first shown as a picture (picture.js; app.js, <c>LARGE</c>), so their pictures are made when the viewer warms up.</summary>
    public const int LargeLevel = 5000;

    /// <summary>Levels of more areas than this draw no borders zoomed out, as the page's map (map.js, <c>DENSE</c>) does not, and are drawn from raster tiles there.</summary>
    public const int DenseAreas = 2000;

    /// <summary>The zoom from which a dense level's raster tiles draw borders, thin at first (<see cref="BorderWidth"/>).</summary>
    public const int DenseBordersZoom = 8;

    private const int HatchSize = 8;

    /// <summary>
    /// Draws every area of <paramref name="layer"/> with a row in <paramref name="classes"/>: its legend row's
    /// colour, a suppressed row hatched on white, an area without a row left clear.
    /// </summary>
    public static byte[] Draw(LevelLayer layer, LayerClasses classes, Envelope bounds)
    {
        var (west, north) = WebMercator.Fraction(bounds.MinX, bounds.MaxY);
        var (east, south) = WebMercator.Fraction(bounds.MaxX, bounds.MinY);
        var scale = LongSide / Math.Max(Math.Max(east - west, south - north), double.Epsilon);
        var size = (Math.Max(1, (int)Math.Round((east - west) * scale)), Math.Max(1, (int)Math.Round((south - north) * scale)));
        return Draw(layer, classes, Enumerable.Range(0, layer.Geometries.Count), (west, north, scale), size, 1, BorderWidth(layer.Geometries.Count, null));
    }

    /// <summary>
    /// The width in screen pixels of the white borders between areas on a level of <paramref name="areas"/> areas at
    /// <paramref name="zoom"/> (null for the whole level's picture): 1, but on a dense level none zoomed out (they
    /// would hide small urban areas), then from <see cref="DenseBordersZoom"/> 0.3 widening to 1 at zoom 11.
    /// </summary>
    public static float BorderWidth(int areas, int? zoom) =>
        areas <= DenseAreas ? 1
        : zoom is not { } z || z < DenseBordersZoom ? 0
        : (float)Math.Min(1, 0.3 + (0.7 * (z - DenseBordersZoom) / 3));

    /// <summary>
    /// Draws the areas <paramref name="ids"/> (those in or near the tile) of <paramref name="layer"/> as <see cref="Draw(LevelLayer, LayerClasses, Envelope)"/>
    /// does, on the raster tile at <paramref name="tile"/>, <see cref="TileGeometry.TilePixels"/> screen pixels square as the page's map places it,
    /// with <paramref name="pixelRatio"/> image pixels to a screen pixel (2 for a high-density screen; the hatching and borders scale with it).
    /// </summary>
    public static byte[] DrawTile(LevelLayer layer, LayerClasses classes, IEnumerable<int> ids, TileAddress tile, int pixelRatio = 1)
    {
        var tiles = (double)(1 << tile.Z);
        var side = (int)TileGeometry.TilePixels;
        return Draw(layer, classes, ids, (tile.X / tiles, tile.Y / tiles, tiles * side), (side, side), pixelRatio, BorderWidth(layer.Geometries.Count, tile.Z));
    }

    private static byte[] Draw(LevelLayer layer, LayerClasses classes, IEnumerable<int> ids, (double West, double North, double Scale) frame, (int Width, int Height) size, int pixelRatio, float borderWidth)
    {
        var (west, north, scale) = frame;

        using var surface = SKSurface.Create(new SKImageInfo(size.Width * pixelRatio, size.Height * pixelRatio, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(pixelRatio);
        // Not antialiased, as the map fills its areas: edges blended with the clear background would show seams
        // between neighbouring areas, and a city of areas smaller than a pixel would look paler than on the map.
        using var border = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = borderWidth, IsAntialias = true };
        var fills = classes.Legend.Select(Fill).ToList();
        try
        {
            foreach (var i in ids)
            {
                var code = LayerProperties.Text(layer.Properties[i], Tables.AssessColumns.Code);
                if (layer.Geometries[i] is not { } area || code is null || !classes.Areas.TryGetValue(code, out var row) || row < 0 || row >= fills.Count)
                {
                    continue;
                }

                using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
                foreach (var ring in Rings(area))
                {
                    path.AddPoly([.. ring.Coordinates.Select(c =>
                    {
                        var (x, y) = WebMercator.Fraction(c.X, c.Y);
                        return new SKPoint((float)((x - west) * scale), (float)((y - north) * scale));
                    })], close: true);
                }

                surface.Canvas.DrawPath(path, fills[row]);
                if (borderWidth > 0)
                {
                    surface.Canvas.DrawPath(path, border);
                }
            }
        }
        finally
        {
            fills.ForEach(fill => fill.Dispose());
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A legend row's fill: its colour, or for a suppressed row the page's hatching (diagonal lines of its colour on white, 8 pixels apart).</summary>
    private static SKPaint Fill(LegendRow row)
    {
        var colour = SKColor.Parse(row.Colour);
        if (row.Kind != "suppressed")
        {
            return new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
        }

        using var tile = new SKBitmap(HatchSize, HatchSize);
        using (var canvas = new SKCanvas(tile))
        using (var line = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            foreach (var offset in new[] { -HatchSize, 0, HatchSize })
            {
                canvas.DrawLine(offset, HatchSize, offset + HatchSize, 0, line);
            }
        }

        using var image = SKImage.FromBitmap(tile);
        return new SKPaint { Shader = image.ToShader(SKShaderTileMode.Repeat, SKShaderTileMode.Repeat), Style = SKPaintStyle.Fill };
    }

    private static IEnumerable<LineString> Rings(Geometry area) =>
        Enumerable.Range(0, area.NumGeometries).Select(area.GetGeometryN).OfType<Polygon>()
            .SelectMany(polygon => polygon.InteriorRings.Prepend(polygon.ExteriorRing));
}
