using System.Collections.Frozen;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Joins one point file on every core: this thread reads batches of rows; the thread pool parses, checks, places
/// and counts each batch's rows; this thread takes the batches back in file order for the account and the
/// rejections. The account, the order of rejections, the warnings and the counts are those of a row-by-row join,
/// while memory holds only a few batches.
/// </summary>
internal sealed class PointFileJoin
{
    private const int BatchRows = 65_536;

    private readonly AreaLocator _locator;
    private readonly JoinMethod _method;
    private readonly ThreadLocal<CoordinateTransform> _transforms;
    private readonly Func<long, string?, Rejection> _unmatched;
    private readonly Func<long, FieldProblem, Rejection> _unlocated;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _areaIndexes;
    private readonly ThreadLocal<Tally> _tallies;

    /// <param name="locator">The areas.</param>
    /// <param name="method">Whether rows are placed by their coordinates or by their own area code.</param>
    /// <param name="source">The points' coordinate system.</param>
    /// <param name="unmatched">The rejection of a row (by line, with its area code) that falls in no area.</param>
    /// <param name="unlocated">The rejection of a row whose coordinates are not a place.</param>
    public PointFileJoin(AreaLocator locator, JoinMethod method, CoordinateSystem source,
        Func<long, string?, Rejection> unmatched, Func<long, FieldProblem, Rejection> unlocated)
    {
        (_locator, _method, _unmatched, _unlocated) = (locator, method, unmatched, unlocated);
        _transforms = new(() => CoordinateTransform.Unshared(source, locator.Layer.CoordinateSystem));
        _areaIndexes = locator.Layer.Areas.Select((area, index) => (area.Code, index))
            .ToFrozenDictionary(a => a.Code, a => a.index, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _tallies = new(() => new Tally(locator.Layer.Count), trackAllValues: true);
    }

    /// <summary>Reads every batch <paramref name="reader"/> gives, placing and counting its rows; progress is rows read so far.</summary>
    public void Run(PointBatchReader reader, InputAccount account, IProgress<long>? progress)
    {
        var inFlight = new Queue<(PointBatch Batch, Task Placing)>();
        var spare = new Stack<PointBatch>();
        var maxInFlight = 2 * Environment.ProcessorCount;
        long read = 0;
        while (true)
        {
            var batch = spare.Count > 0 ? spare.Pop() : new PointBatch(BatchRows);
            if (!reader.Fill(batch))
            {
                break;
            }

            inFlight.Enqueue((batch, Task.Run(() => Place(batch, reader))));
            while (inFlight.Count >= maxInFlight || (inFlight.Count > 0 && inFlight.Peek().Placing.IsCompleted))
            {
                read += Account(inFlight.Dequeue(), account, spare);
                progress?.Report(read);
            }
        }

        while (inFlight.Count > 0)
        {
            read += Account(inFlight.Dequeue(), account, spare);
            progress?.Report(read);
        }
    }

    /// <summary>Adds what was counted to <paramref name="counts"/> and <paramref name="agreement"/>, naming areas, months and categories.</summary>
    public void Publish(PointBatchReader reader, EventCounts counts, JoinAgreement agreement)
    {
        var areas = _locator.Layer.Areas;
        foreach (var tally in _tallies.Values)
        {
            counts.AddAll(tally.Cells.NonEmpty(), area => areas[area].Code, reader.PeriodOf, category => reader.Categories[category]);

            agreement.Add(tally.Compared, tally.Agreed,
                tally.SpatialByArea.Select((count, area) => (areas[area].Code, count)).Where(a => a.count > 0),
                tally.CodedByArea.Select((count, area) => (areas[area].Code, count)).Where(a => a.count > 0));

            // Counted into the event counts now: let the memory go before the next thread's tally is added.
            tally.Cells.Clear();
        }
    }

    /// <summary>Parses, checks, places and counts a batch's rows on a pool thread; rejections are kept in row order.</summary>
    private void Place(PointBatch batch, PointBatchReader reader)
    {
        var located = Parse(batch, reader);
        if (_method == JoinMethod.Spatial)
        {
            var order = batch.Order.AsSpan(0, located);
            _locator.OrderByBand(batch.YValue, order);
            foreach (var i in order)
            {
                batch.Area[i] = _locator.LocateIndex(batch.XValue[i], batch.YValue[i]);
            }
        }

        var tally = _tallies.Value!;
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch.Problem[i] is { } problem)
            {
                batch.Rejections.Add(_unlocated(batch.Line[i], problem));
                continue;
            }

            var code = batch.Code(i).Trim();
            var coded = code.IsEmpty ? -1 : _areaIndexes.TryGetValue(code, out var index) ? index : -1;
            var area = _method == JoinMethod.Spatial ? batch.Area[i] : coded;
            if (area < 0)
            {
                batch.Rejections.Add(_unmatched(batch.Line[i], code.IsEmpty ? null : code.ToString()));
                continue;
            }

            batch.Matched++;
            tally.Count(area, batch.Month[i], batch.Category[i], _method == JoinMethod.Spatial ? coded : -1);
        }
    }

    /// <summary>Reads each row's coordinates into the layer's system, noting the rows that are not places or have no month; returns how many are left to place.</summary>
    private int Parse(PointBatch batch, PointBatchReader reader)
    {
        var (xColumn, yColumn) = reader.CoordinateColumns;
        var transform = _transforms.Value!;
        var located = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            batch.Problem[i] = CoordinateFields.Read(batch.X(i), batch.Y(i), xColumn, yColumn, reader.CoordinateSystem, out var x, out var y) ?? batch.MonthProblem[i];
            if (batch.Problem[i] is null)
            {
                (batch.XValue[i], batch.YValue[i]) = transform.Apply(x, y);
                batch.Order[located++] = i;
            }
        }

        return located;
    }

    private static long Account((PointBatch Batch, Task Placing) placed, InputAccount account, Stack<PointBatch> spare)
    {
        var batch = placed.Batch;
        placed.Placing.GetAwaiter().GetResult();
        account.CountRead(batch.Read);
        if (batch.NotSelected > 0)
        {
            account.RejectUnlisted(RejectionReason.NotSelected, batch.NotSelected);
        }

        foreach (var rejection in batch.Rejections)
        {
            account.Reject(rejection);
        }

        account.CountMatched(batch.Matched);
        spare.Push(batch);
        return batch.Read;
    }

    /// <summary>One thread's counts: events by area, month and category, and the spatial-versus-coded comparison.</summary>
    private sealed class Tally(int areas)
    {
        public TallyCells Cells { get; } = new(areas);

        public long[] SpatialByArea { get; } = new long[areas];

        public long[] CodedByArea { get; } = new long[areas];

        public long Compared { get; private set; }

        public long Agreed { get; private set; }

        public void Count(int area, int month, int category, int coded)
        {
            Cells.Add(area, month, category);
            if (coded >= 0)
            {
                Compared++;
                Agreed += area == coded ? 1 : 0;
                SpatialByArea[area]++;
                CodedByArea[coded]++;
            }
        }
    }
}
