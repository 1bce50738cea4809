using static System.FormattableString;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// One area whose source polygon was invalid and was repaired (<see cref="GeometryRepair"/>): which feature, what
/// was wrong and where, and how much its area changed, so a user can see which counts the repair may have moved.
/// </summary>
/// <param name="Feature">The feature's 1-based position in its file.</param>
/// <param name="Code">The area's code.</param>
/// <param name="Name">The area's name.</param>
/// <param name="Problem">What made the polygon invalid, in NetTopologySuite's words (e.g. <c>Self-intersection</c>).</param>
/// <param name="X">Where the fault was found, in the file's coordinates.</param>
/// <param name="Y">Where the fault was found, in the file's coordinates.</param>
/// <param name="AreaBefore">The invalid polygon's area as its rings' shoelace sums give it (0 for a symmetric bow-tie).</param>
/// <param name="AreaAfter">The repaired polygon's area.</param>
public sealed record AreaRepair(int Feature, string Code, string Name, string Problem, double X, double Y, double AreaBefore, double AreaAfter)
{
    /// <summary>The change of area in percent of the area before, or <c>null</c> when the area before was 0.</summary>
    public double? AreaChangePercent => AreaBefore > 0 ? Math.Round(100 * (AreaAfter - AreaBefore) / AreaBefore, 2) : null;

    public override string ToString() => Invariant($"feature {Feature} ({(Name == Code ? Code : $"{Code} {Name}")}): {Problem.ToLowerInvariant()} at ({X:0.######}, {Y:0.######}), ")
        + (AreaChangePercent is { } change ? Invariant($"area changed by {change:+0.##;-0.##;0}%") : Invariant($"area was 0, is {AreaAfter:0.######}"));
}
