using System.Globalization;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// A tile of the Web Mercator (EPSG:3857) tile grid: zoom <see cref="Z"/>, column <see cref="X"/> from the
/// antimeridian eastwards and row <see cref="Y"/> from the north, as the <c>/tiles/LEVEL/Z/X/Y.pbf</c> route names it.
/// </summary>
internal sealed record TileAddress(int Z, int X, int Y)
{
    /// <summary>The deepest zoom served; the page's map enlarges these tiles beyond it.</summary>
    public const int MaxZoom = 14;

    /// <summary>The tile <paramref name="z"/>/<paramref name="x"/>/<paramref name="y"/> names, or why it names none.</summary>
    public static (TileAddress? Address, string Problem) Parse(string z, string x, string y)
    {
        if (!Whole(z, out var zoom) || zoom > MaxZoom)
        {
            return (null, $"zoom '{z}' is not a whole number from 0 to {MaxZoom}");
        }

        var last = (1 << zoom) - 1;
        if (!Whole(x, out var column) || column > last || !Whole(y, out var row) || row > last)
        {
            return (null, $"tile {x}/{y} is not on the zoom {zoom} grid (columns and rows 0 to {last})");
        }

        return (new TileAddress(zoom, column, row), "");
    }

    /// <summary>The column and row of the zoom <paramref name="z"/> tile holding a point (longitude, latitude within ±85°).</summary>
    public static (int X, int Y) Containing(double longitude, double latitude, int z)
    {
        var tiles = 1 << z;
        var (x, y) = WebMercator.Fraction(longitude, Math.Clamp(latitude, -85, 85));
        return (Math.Clamp((int)Math.Floor(x * tiles), 0, tiles - 1), Math.Clamp((int)Math.Floor(y * tiles), 0, tiles - 1));
    }

    private static bool Whole(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 6;
}
