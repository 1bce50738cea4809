namespace GeoNeeds.Engine.Accounting;

/// <summary>
/// Counts what happened to every row of one input so that a run can prove
/// <c>read = matched + rejected</c>. Rejected rows are counted by reason; the first
/// <see cref="KeptRejectionLimit"/> are also kept in full for <c>rejections.csv</c>.
/// </summary>
public sealed class InputAccount
{
    /// <summary>How many rejected rows are kept with their details; the rest are only counted.</summary>
    public const int KeptRejectionLimit = 100_000;

    private readonly SortedDictionary<string, long> _rejectedByReason = new(StringComparer.Ordinal);
    private readonly List<Rejection> _rejections = [];

    public InputAccount(string name) => Name = name;

    /// <summary>The study's name for this input.</summary>
    public string Name { get; }

    /// <summary>Data rows read (header lines excluded).</summary>
    public long Read { get; private set; }

    /// <summary>Rows that were assigned to an area and counted.</summary>
    public long Matched { get; private set; }

    /// <summary>Rows rejected, by reason.</summary>
    public IReadOnlyDictionary<string, long> RejectedByReason => _rejectedByReason;

    /// <summary>Total rows rejected for any reason.</summary>
    public long Rejected => _rejectedByReason.Values.Sum();

    /// <summary>The kept rejection details, in the order they happened.</summary>
    public IReadOnlyList<Rejection> Rejections => _rejections;

    /// <summary>True when every row read is accounted for as matched or rejected.</summary>
    public bool Balances => Read == Matched + Rejected;

    public void CountRead(long rows = 1) => Read += rows;

    public void CountMatched(long rows = 1) => Matched += rows;

    /// <summary>Counts a rejection; <paramref name="rejection"/> is kept for the report unless the limit is reached.</summary>
    public void Reject(Rejection rejection)
    {
        _rejectedByReason[rejection.Reason] = _rejectedByReason.GetValueOrDefault(rejection.Reason) + 1;
        if (_rejections.Count < KeptRejectionLimit)
        {
            _rejections.Add(rejection);
        }
    }

    /// <summary>Counts rows rejected for a bulk reason (e.g. <see cref="RejectionReason.NotSelected"/>) without details.</summary>
    public void RejectUnlisted(string reason, long rows = 1) =>
        _rejectedByReason[reason] = _rejectedByReason.GetValueOrDefault(reason) + rows;

    /// <summary>Adds another account's counts into this one (e.g. twelve monthly files into one input).</summary>
    public void Add(InputAccount other)
    {
        Read += other.Read;
        Matched += other.Matched;
        foreach (var (reason, count) in other._rejectedByReason)
        {
            _rejectedByReason[reason] = _rejectedByReason.GetValueOrDefault(reason) + count;
        }

        _rejections.AddRange(other._rejections.Take(KeptRejectionLimit - _rejections.Count));
    }
}
