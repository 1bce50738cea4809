using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Tests.Join;

namespace GeoNeeds.Engine.Tests.Geo;

/// <summary>Layers of 10 × 10 squares for contiguity and hot-spot tests.</summary>
internal static class SquareGrid
{
    /// <summary>A rows × columns grid coded <c>rRcC</c>, row by row from the origin, plus any extra WKT areas.</summary>
    public static AreaLayer Of(int rows, int columns, params (string Code, string Wkt)[] extra) => Layers.FromWkt("grid",
    [
        .. Enumerable.Range(0, rows * columns).Select(i => ($"r{i / columns}c{i % columns}", Square(i % columns * 10, i / columns * 10))),
        .. extra,
    ]);

    /// <summary>The WKT of the 10 × 10 square with its lower-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static string Square(int x, int y) =>
        string.Create(CultureInfo.InvariantCulture, $"POLYGON (({x} {y}, {x + 10} {y}, {x + 10} {y + 10}, {x} {y + 10}, {x} {y}))");
}
