using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Disclosure control over everything a run publishes at once: small counts are withheld (primary suppression) and
/// then, sum by sum, enough other counts (complementary suppression) that no withheld count equals a shown total
/// minus shown parts — across levels (LSOA → ward → authority), monthly cells against their area's total, periods,
/// deprivation deciles and profiles alike, so a count withheld in one file cannot be recovered from another.
/// </summary>
public static class RunSuppression
{
    /// <summary>
    /// Decides which counts of <paramref name="counts"/> to withhold. Primary: every count from 1 to
    /// <paramref name="threshold"/> − 1. Complementary, repeated until every sum is protected (the line-by-line rule
    /// of the Government Statistical Service, <i>Disclosure control guidance for tables produced from administrative
    /// sources</i>, 2014, applied to every sum of <see cref="PublishedCounts.Relations"/>, totals included): in a sum
    /// (its total and its parts) holding a withheld count,
    /// <list type="number">
    /// <item>at least two counts are withheld, so none is the others' difference; and</item>
    /// <item>
    /// at least two of them are non-zero while a shown non-zero count is left to withhold (two withheld counts of
    /// which one is a zero a reader can guess give the other away).
    /// </item>
    /// </list>
    /// Each extra count is the smallest shown non-zero count of the sum, a part before its total (so that figures
    /// higher up the hierarchy stay shown), or failing that a shown zero.
    /// </summary>
    /// <param name="threshold">Counts below this (and above 0) are small; 0 turns suppression off.</param>
    /// <remarks>
    /// Greedy, like the guidance's line-by-line rule, so it hides few and small extra counts rather than the fewest
    /// possible. It protects against differencing by any chain of single sums (a recovered count used to recover the
    /// next); a reader solving many sums at once as a linear system can in rare patterns still pin down a count.
    /// A withheld count in a sum whose other members are all always published cannot be protected; it is listed in
    /// <see cref="DisclosureDecision.Unprotected"/>, counted as known in the other sums it belongs to, and they are
    /// protected without it.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    public static DisclosureDecision Apply(PublishedCounts counts, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        if (threshold == 0)
        {
            return DisclosureDecision.None;
        }

        var cells = counts.Cells.ToArray();
        var keys = cells.Select(c => c.Key).ToArray();
        var index = new Dictionary<CountCellKey, int>(keys.Length);
        foreach (var key in keys)
        {
            index.Add(key, index.Count);
        }

        var values = cells.Select(c => c.Value.Count).ToArray();
        var suppressible = cells.Select(c => c.Value.Suppressible).ToArray();
        var states = values.Select((v, i) => suppressible[i] && SmallCountSuppression.IsSuppressed(v, threshold) ? CellDisclosure.Primary : CellDisclosure.Shown).ToArray();

        // Members of each sum, total first; and the sums each count belongs to.
        var sums = counts.Relations.Select(r => r.Parts.Prepend(r.Total).Select(k => index[k]).ToArray()).ToArray();
        var sumsOf = new List<int>[keys.Length];
        for (var s = 0; s < sums.Length; s++)
        {
            foreach (var member in sums[s])
            {
                (sumsOf[member] ??= []).Add(s);
            }
        }

        var unprotected = new HashSet<int>();
        var pending = new Queue<int>(Enumerable.Range(0, sums.Length).Where(s => sums[s].Any(m => states[m] != CellDisclosure.Shown)));
        var queued = new bool[sums.Length];
        foreach (var s in pending)
        {
            queued[s] = true;
        }

        void Requeue(int cell, int except)
        {
            foreach (var other in sumsOf[cell].Where(o => o != except && !queued[o]))
            {
                queued[other] = true;
                pending.Enqueue(other);
            }
        }

        while (pending.TryDequeue(out var s))
        {
            queued[s] = false;
            while (NextToWithhold(sums[s], values, suppressible, states, unprotected) is { } cell)
            {
                if (cell < 0)
                {
                    // Exposed counts are as good as shown: the other sums they belong to must be protected without them.
                    Requeue(~cell, s);
                    continue;
                }

                states[cell] = CellDisclosure.Complementary;
                Requeue(cell, s);
            }
        }

        var decided = keys.Select((k, i) => (k, states[i])).ToDictionary(p => p.k, p => p.Item2);
        return new DisclosureDecision(threshold, decided, unprotected.Select(i => keys[i]).ToList());
    }

    /// <summary>
    /// The member the sum still needs withheld under the two rules, or null when it is protected; when it cannot be
    /// protected, the complement (~index) of a withheld member newly found exposed.
    /// </summary>
    private static int? NextToWithhold(int[] sum, long[] values, bool[] suppressible, CellDisclosure[] states, HashSet<int> unprotected)
    {
        bool Hidden(int member) => states[member] != CellDisclosure.Shown && !unprotected.Contains(member);
        var (withheld, withheldNonZero) = (0, 0);
        foreach (var member in sum)
        {
            if (Hidden(member))
            {
                withheld++;
                withheldNonZero += values[member] > 0 ? 1 : 0;
            }
        }

        if (withheld == 0 || (withheld > 1 && withheldNonZero >= 2))
        {
            return null;
        }

        // The best shown member to withhold: non-zero first, a part before the total, then the smallest, then the first.
        var best = -1;
        for (var position = 0; position < sum.Length; position++)
        {
            var member = sum[position];
            if (states[member] == CellDisclosure.Shown && suppressible[member] && (best < 0 || Before(position, best)))
            {
                best = position;
            }
        }

        bool Before(int position, int other)
        {
            var (a, b) = (sum[position], sum[other]);
            return (values[a] == 0, position == 0, values[a]).CompareTo((values[b] == 0, other == 0, values[b])) < 0;
        }

        var anyShownNonZero = best >= 0 && values[sum[best]] > 0;
        if (withheld > 1 && !anyShownNonZero)
        {
            return null;
        }

        if (best < 0)
        {
            var exposed = sum.First(Hidden);
            unprotected.Add(exposed);
            return ~exposed;
        }

        return sum[best];
    }
}
