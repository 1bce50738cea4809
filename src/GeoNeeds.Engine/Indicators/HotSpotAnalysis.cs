using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Hot spots of an area indicator: Getis-Ord Gi*, local Moran's I with cluster labels and global Moran's I on queen
/// contiguity of the areas' polygons. <c>HotSpotAnalysis.Run(layer, "lsoa.geojson", AreaValueReader.Read(...))</c>.
/// </summary>
public static class HotSpotAnalysis
{
    /// <summary>Matches the values to the polygons by code, builds queen contiguity and runs the three statistics.</summary>
    /// <param name="layer">The areas' polygons.</param>
    /// <param name="boundaryFile">Where <paramref name="layer"/> was read from, for messages.</param>
    /// <param name="values">One value per area.</param>
    /// <param name="permutations">Permutations for the pseudo p-values of Moran's I; 999 is usual.</param>
    /// <param name="seed">Seed of the permutations; the same seed reproduces the pseudo p-values.</param>
    /// <remarks>
    /// An area that touches no other (an island) is kept in the global statistic's mean and variance but has no local
    /// statistic: its Gi* and local Moran's I are empty, its label ns, and a warning names it.
    /// </remarks>
    /// <exception cref="InputDataException">
    /// A code of the table is not an area of the polygons, or an area of the polygons has no row (the message names
    /// file, line and column); fewer than 3 areas; no area touches another; or every value is the same.
    /// </exception>
    public static HotSpotResult Run(
        AreaLayer layer,
        string boundaryFile,
        AreaValueTable values,
        int permutations = PermutationTest.DefaultPermutations,
        int seed = PermutationTest.DefaultSeed)
    {
        RequireSameAreas(layer, boundaryFile, values);
        if (values.Rows.Count < 3)
        {
            throw new InputDataException(values.File, 0, values.CodeColumn, $"hot spots need at least 3 areas; the table has {values.Rows.Count}");
        }

        if (values.Rows.All(row => row.Value == values.Rows[0].Value))
        {
            throw new InputDataException(values.File, 0, values.ValueColumn,
                string.Create(CultureInfo.InvariantCulture, $"every value is {values.Rows[0].Value}; with no variation there are no hot spots"));
        }

        var contiguity = ContiguityWeights.Queen(layer);
        if (contiguity.Links == 0)
        {
            throw new InputDataException(boundaryFile, "no area touches another, so there are no neighbours to compare; is this the right boundary file?");
        }

        var inLayerOrder = new double[contiguity.Codes.Count];
        foreach (var row in values.Rows)
        {
            inLayerOrder[contiguity.IndexOf(row.Code)] = row.Value;
        }

        var weights = SpatialWeights.FromNeighbours(contiguity.Neighbours);
        var gi = GetisOrdGiStar.Calculate(weights, inLayerOrder);
        var local = LocalMoran.Calculate(weights, inLayerOrder, permutations, seed);
        var global = GlobalMoran.Calculate(weights, inLayerOrder, permutations, seed);
        var rows = values.Rows.Select(row =>
        {
            var i = contiguity.IndexOf(row.Code);
            return new HotSpotRow(row.Code, row.Value, gi[i], local[i], weights.NeighboursOf(i).Count == 0);
        }).ToList();
        return new HotSpotResult(rows, global, contiguity.Rule, weights.Links, IslandWarnings(contiguity.IslandCodes));
    }

    private static void RequireSameAreas(AreaLayer layer, string boundaryFile, AreaValueTable values)
    {
        if (values.Rows.FirstOrDefault(row => !layer.Contains(row.Code)) is { } stray)
        {
            throw new InputDataException(values.File, stray.Line, values.CodeColumn,
                $"'{stray.Code}' is not an area of {boundaryFile} ({layer.Count} areas); hot spots need the table and the polygons to hold the same areas");
        }

        var listed = values.Rows.Select(row => row.Code).ToHashSet(StringComparer.Ordinal);
        var missing = layer.Areas.Select((area, index) => (area.Code, Feature: index + 1)).Where(a => !listed.Contains(a.Code)).ToList();
        if (missing.Count > 0)
        {
            var first = string.Join(", ", missing.Take(5).Select(a => $"'{a.Code}' (feature {a.Feature})"));
            var more = missing.Count > 5 ? $" and {missing.Count - 5} more" : "";
            throw new InputDataException(values.File, 0, values.CodeColumn,
                $"{missing.Count} area(s) of {boundaryFile} have no row: {first}{more}; hot spots need a value for every polygon (or a boundary file without them)");
        }
    }

    private static List<string> IslandWarnings(IReadOnlyList<string> islands) => islands.Count == 0 ? [] :
    [
        $"{islands.Count} area(s) touch no other area (islands): {string.Join(", ", islands.Take(10))}{(islands.Count > 10 ? ", …" : "")}; " +
        "their Gi* and local Moran's I are left empty and their cluster is ns. They still count in the global Moran's I mean and variance.",
    ];
}
