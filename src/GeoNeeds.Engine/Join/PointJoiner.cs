using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Assigns located rows to the areas of one layer and counts them, rejecting (never dropping) rows that
/// fall outside every area. Each row read by a reader ends as matched here or as a rejection.
/// </summary>
public sealed class PointJoiner
{
    private readonly AreaLocator _locator;
    private readonly JoinMethod _method;

    public PointJoiner(AreaLocator locator, JoinMethod method = JoinMethod.Spatial)
    {
        _locator = locator;
        _method = method;
    }

    /// <summary>Spatial versus source-code agreement over everything joined so far (spatial joins only).</summary>
    public JoinAgreement Agreement { get; } = new();

    /// <summary>Joins <paramref name="points"/> into <paramref name="counts"/>, recording outcomes in <paramref name="account"/>.</summary>
    public void Join(IEnumerable<PointRecord> points, PointSource source, InputAccount account, EventCounts counts)
    {
        var layer = _locator.Layer;
        var transform = CoordinateTransform.Between(source.CoordinateSystem, layer.CoordinateSystem);
        foreach (var point in points)
        {
            var area = _method == JoinMethod.Spatial ? LocateSpatially(point, transform) : layer.Find(point.AreaCode ?? "");
            if (area is null)
            {
                account.Reject(Unmatched(source, point.Line, point.AreaCode));
                continue;
            }

            account.CountMatched();
            counts.Add(area.Code, point.Month, point.Category);
        }
    }

    /// <summary>
    /// Reads the point file <paramref name="path"/> and joins its rows into <paramref name="counts"/> on every core,
    /// with the rows, rejections and warnings of <see cref="PointFileReader.Read(string, PointColumns, PointSelection?, InputAccount, ICollection{InputWarning}?)"/>
    /// followed by <see cref="Join"/>, and the same counts, except that months count in their period: a value that
    /// starts like <c>yyyy-MM</c> counts in that month (<c>2025-04-13</c> and <c>2025-04</c> together).
    /// </summary>
    /// <remarks>
    /// Memory does not grow with the file: rows are read, placed and counted in batches. Plain rows (no quotes,
    /// the header's number of fields) are read without a string per row; from the first other row on, the file is
    /// read by <see cref="PointFileReader"/> row by row.
    /// </remarks>
    /// <param name="path">The CSV file.</param>
    /// <param name="columns">Which columns to read.</param>
    /// <param name="selection">The domestic-abuse filter, or <c>null</c> to keep every row.</param>
    /// <param name="account">Receives the row counts and rejections; its name is the input's.</param>
    /// <param name="counts">Receives the counts by area, month and category.</param>
    /// <param name="warnings">Receives problems the rows were read despite (encoding, unrecognised months).</param>
    /// <param name="progress">Receives the number of rows read so far, batch by batch.</param>
    /// <exception cref="InputDataException">The file is missing, empty, not comma-delimited or lacks a named column.</exception>
    public void JoinFile(string path, PointColumns columns, PointSelection? selection, InputAccount account, EventCounts counts,
        ICollection<InputWarning>? warnings = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(account);
        var source = new PointSource(account.Name, path, columns.CoordinateSystem);
        using var reader = PointBatchReader.Open(path, columns, selection, warnings);
        var join = new PointFileJoin(_locator, _method, columns.CoordinateSystem, (line, areaCode) => Unmatched(source, line, areaCode),
            (line, problem) => new Rejection(account.Name, path, line, problem.Field, problem.Reason, problem.Detail));
        join.Run(reader, account, progress);
        join.Publish(reader, counts, Agreement);
        if (reader.HandOverLine is { } line)
        {
            var rest = PointFileReader.ReadFrom(path, columns, selection, account, warnings, line);
            Join(rest.Select(p => p with { Month = MonthText.Period(p.Month) }), source, account, counts);
        }
    }

    private Area? LocateSpatially(PointRecord point, CoordinateTransform transform)
    {
        var (x, y) = transform.Apply(point.X, point.Y);
        var area = _locator.Locate(x, y);
        if (area is not null && !string.IsNullOrEmpty(point.AreaCode) && _locator.Layer.Contains(point.AreaCode))
        {
            Agreement.Compare(area.Code, point.AreaCode);
        }

        return area;
    }

    private Rejection Unmatched(PointSource source, long line, string? areaCode) => _method == JoinMethod.Spatial
        // The detail names no coordinates: reports must not carry victims' locations.
        ? new Rejection(source.Input, source.File, line, "", RejectionReason.OutsideStudyArea, $"the location is in no {_locator.Layer.Name} area")
        : new Rejection(source.Input, source.File, line, "", RejectionReason.UnknownAreaCode,
            $"area code '{areaCode}' is not in the {_locator.Layer.Name} layer");
}
