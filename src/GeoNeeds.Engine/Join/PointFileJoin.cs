using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Joins one point file on every core: this thread reads batches of rows, the thread pool places each batch's
/// points in areas, and this thread takes the placed batches back in file order to count them — so the account,
/// the order of rejections and the counts are those of a row-by-row join, while memory holds only a few batches.
/// </summary>
internal sealed class PointFileJoin
{
    private const int BatchRows = 8192;

    private readonly AreaLocator _locator;
    private readonly JoinMethod _method;
    private readonly Func<long, string?, Rejection> _unmatched;
    private readonly Dictionary<(int Area, int Month, int Category), long> _cells = [];
    private readonly long[] _spatialByArea;
    private readonly long[] _codedByArea;
    private long _compared;
    private long _agreed;

    public PointFileJoin(AreaLocator locator, JoinMethod method, Func<long, string?, Rejection> unmatched)
    {
        (_locator, _method, _unmatched) = (locator, method, unmatched);
        _spatialByArea = new long[locator.Layer.Count];
        _codedByArea = new long[locator.Layer.Count];
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

            inFlight.Enqueue((batch, Task.Run(() => Place(batch))));
            while (inFlight.Count >= maxInFlight || (inFlight.Count > 0 && inFlight.Peek().Placing.IsCompleted))
            {
                read += Count(inFlight.Dequeue(), account, reader, spare);
                progress?.Report(read);
            }
        }

        while (inFlight.Count > 0)
        {
            read += Count(inFlight.Dequeue(), account, reader, spare);
            progress?.Report(read);
        }
    }

    /// <summary>Adds what was counted to <paramref name="counts"/> and <paramref name="agreement"/>, naming areas, months and categories.</summary>
    public void Publish(PointBatchReader reader, EventCounts counts, JoinAgreement agreement)
    {
        var areas = _locator.Layer.Areas;
        foreach (var ((area, month, category), count) in _cells)
        {
            counts.Add(areas[area].Code, reader.PeriodOf(month), reader.Categories[category], count);
        }

        agreement.Add(_compared, _agreed,
            _spatialByArea.Select((count, area) => (areas[area].Code, count)).Where(a => a.count > 0),
            _codedByArea.Select((count, area) => (areas[area].Code, count)).Where(a => a.count > 0));
    }

    private void Place(PointBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch.Area[i] = _method == JoinMethod.Spatial ? _locator.LocateIndex(batch.X[i], batch.Y[i]) : batch.CodedArea[i];
        }
    }

    private long Count((PointBatch Batch, Task Placing) placed, InputAccount account, PointBatchReader reader, Stack<PointBatch> spare)
    {
        var batch = placed.Batch;
        placed.Placing.GetAwaiter().GetResult();
        account.CountRead(batch.Read);
        if (batch.NotSelected > 0)
        {
            account.RejectUnlisted(RejectionReason.NotSelected, batch.NotSelected);
        }

        var rejection = 0;
        long matched = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            for (; rejection < batch.Rejections.Count && batch.Rejections[rejection].Before == i; rejection++)
            {
                account.Reject(batch.Rejections[rejection].Rejection);
            }

            var area = batch.Area[i];
            if (area < 0)
            {
                account.Reject(_unmatched(batch.Line[i], reader.AreaCodes[batch.AreaCode[i]]));
                continue;
            }

            matched++;
            var cell = (area, batch.Month[i], batch.Category[i]);
            _cells[cell] = _cells.GetValueOrDefault(cell) + 1;
            if (_method == JoinMethod.Spatial && batch.CodedArea[i] >= 0)
            {
                Compare(area, batch.CodedArea[i]);
            }
        }

        for (; rejection < batch.Rejections.Count; rejection++)
        {
            account.Reject(batch.Rejections[rejection].Rejection);
        }

        account.CountMatched(matched);
        spare.Push(batch);
        return batch.Read;
    }

    private void Compare(int spatial, int coded)
    {
        _compared++;
        _agreed += spatial == coded ? 1 : 0;
        _spatialByArea[spatial]++;
        _codedByArea[coded]++;
    }
}
