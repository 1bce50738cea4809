namespace GeoNeeds.Engine.Stats;

/// <summary>An area's place among its comparators (e.g. its CIPFA nearest neighbours) on one indicator.</summary>
/// <param name="Code">The area code.</param>
/// <param name="Value">The area's value; null when it has none (then it is not ranked).</param>
/// <param name="Rank">1 for the first in the ranking order; tied areas share the best rank of the tie; null when not ranked.</param>
/// <param name="Of">How many comparators were ranked (those with a value).</param>
/// <param name="IsTied">Whether another comparator has exactly the same value.</param>
public sealed record ComparatorRank(string Code, double? Value, int? Rank, int Of, bool IsTied);
