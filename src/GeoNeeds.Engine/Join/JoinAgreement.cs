namespace GeoNeeds.Engine.Join;

/// <summary>
/// How far a spatial join agrees with the area codes the source itself assigned, for rows that have both.
/// police.uk snaps locations to anonymised map points and boundaries are generalised, so a few percent
/// disagreement near edges is expected; a large one points to a wrong coordinate system or layer.
/// </summary>
public sealed class JoinAgreement
{
    private readonly Dictionary<string, long> _spatialByArea = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _codedByArea = new(StringComparer.Ordinal);

    /// <summary>Rows with both a spatial area and a source code that exists in the layer.</summary>
    public long Compared { get; private set; }

    /// <summary>Rows whose spatial area equals the source code.</summary>
    public long Agreed { get; private set; }

    /// <summary>Share of compared rows assigned to the same area; null when nothing was compared.</summary>
    public double? RowAgreement => Compared == 0 ? null : (double)Agreed / Compared;

    /// <summary>
    /// Agreement of the per-area counts: Σ min(spatial, coded) / Σ coded over areas. Disagreements that
    /// swap rows between two areas cancel here, so it is at least <see cref="RowAgreement"/>.
    /// </summary>
    public double? CountAgreement
    {
        get
        {
            if (Compared == 0)
            {
                return null;
            }

            var overlap = _codedByArea.Sum(c => Math.Min(c.Value, _spatialByArea.GetValueOrDefault(c.Key)));
            return (double)overlap / Compared;
        }
    }

    public void Compare(string spatialCode, string sourceCode)
    {
        Compared++;
        if (string.Equals(spatialCode, sourceCode, StringComparison.Ordinal))
        {
            Agreed++;
        }

        _spatialByArea[spatialCode] = _spatialByArea.GetValueOrDefault(spatialCode) + 1;
        _codedByArea[sourceCode] = _codedByArea.GetValueOrDefault(sourceCode) + 1;
    }

    /// <summary>Adds comparisons counted elsewhere (a parallel join): totals and the per-area counts of each side.</summary>
    internal void Add(long compared, long agreed, IEnumerable<(string Area, long Count)> spatialByArea, IEnumerable<(string Area, long Count)> codedByArea)
    {
        Compared += compared;
        Agreed += agreed;
        foreach (var (area, count) in spatialByArea)
        {
            _spatialByArea[area] = _spatialByArea.GetValueOrDefault(area) + count;
        }

        foreach (var (area, count) in codedByArea)
        {
            _codedByArea[area] = _codedByArea.GetValueOrDefault(area) + count;
        }
    }
}
