using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Indicators;

/// <summary>The hot-spot analysis of one indicator over one set of areas.</summary>
/// <param name="Rows">One row per area, in the order of the value table.</param>
/// <param name="Global">Global Moran's I of the same values and weights.</param>
/// <param name="Contiguity">The contiguity rule, <c>queen</c>.</param>
/// <param name="NeighbourPairs">How many pairs of areas touch.</param>
/// <param name="Warnings">What a reader must know: islands left out of the local statistics.</param>
public sealed record HotSpotResult(IReadOnlyList<HotSpotRow> Rows, GlobalMoranResult Global, string Contiguity, int NeighbourPairs, IReadOnlyList<string> Warnings)
{
    /// <summary>How many areas carry each cluster label.</summary>
    public IReadOnlyDictionary<ClusterLabel, int> ClusterCounts =>
        Enum.GetValues<ClusterLabel>().ToDictionary(label => label, label => Rows.Count(row => row.LocalMoran.Label == label));
}
