using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>A test of change between intake and exit over <paramref name="N"/> paired cases (McNemar, McNemar–Bowker).</summary>
/// <param name="Measure">What changed, e.g. <c>dash_band</c>.</param>
/// <param name="Comparison">The table tested, e.g. <c>high vs not high</c>.</param>
/// <param name="Base">The paired cases, in words (as the <see cref="Breakdown"/>s of the same cases state it).</param>
public sealed record PairedTest(string Measure, string Comparison, string Base, long N, SymmetryTest Test);
