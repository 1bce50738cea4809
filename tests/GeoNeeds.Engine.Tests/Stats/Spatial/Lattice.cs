using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

/// <summary>
/// Neighbour lists of a rows × columns grid of cells numbered row by row (cell = row × columns + column), as
/// libpysal's <c>lat2W</c> numbers them, built by arithmetic so the statistics are tested without geometry.
/// </summary>
internal static class Lattice
{
    /// <summary>Cells sharing an edge are neighbours.</summary>
    public static SpatialWeights Rook(int rows, int columns) => Build(rows, columns, diagonals: false);

    /// <summary>Cells sharing an edge or a corner are neighbours.</summary>
    public static SpatialWeights Queen(int rows, int columns) => Build(rows, columns, diagonals: true);

    /// <summary>A checkerboard of 0 and 1 over the grid, 0 in the first cell.</summary>
    public static double[] Checkerboard(int rows, int columns) =>
        [.. Enumerable.Range(0, rows * columns).Select(cell => (double)(((cell / columns) + (cell % columns)) % 2))];

    /// <summary>The smooth gradient row + column over the grid.</summary>
    public static double[] Gradient(int rows, int columns) =>
        [.. Enumerable.Range(0, rows * columns).Select(cell => (double)((cell / columns) + (cell % columns)))];

    private static SpatialWeights Build(int rows, int columns, bool diagonals)
    {
        var neighbours = new List<IReadOnlyList<int>>();
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var list = new List<int>();
                for (var dr = -1; dr <= 1; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var (r, c) = (row + dr, column + dc);
                        var isSelf = dr == 0 && dc == 0;
                        var isDiagonal = dr != 0 && dc != 0;
                        if (!isSelf && (diagonals || !isDiagonal) && r >= 0 && r < rows && c >= 0 && c < columns)
                        {
                            list.Add((r * columns) + c);
                        }
                    }
                }

                neighbours.Add(list);
            }
        }

        return SpatialWeights.FromNeighbours(neighbours);
    }
}
