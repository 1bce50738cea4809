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

        var values = counts.Counts.ToArray();
        var suppressible = counts.Suppressible.ToArray();
        var states = new CellDisclosure[values.Length];
        for (var cell = 0; cell < values.Length; cell++)
        {
            states[cell] = suppressible[cell] && SmallCountSuppression.IsSuppressed(values[cell], threshold) ? CellDisclosure.Primary : CellDisclosure.Shown;
        }

        var sums = counts.Sums;
        var (firstSumOf, sumsOf) = Membership(sums, values.Length);
        var unprotected = new HashSet<int>();
        var pending = new Queue<int>();
        var queued = new bool[sums.Count];
        for (var s = 0; s < sums.Count; s++)
        {
            if (Array.Exists(sums[s], m => states[m] != CellDisclosure.Shown))
            {
                queued[s] = true;
                pending.Enqueue(s);
            }
        }

        void Requeue(int cell, int except)
        {
            for (var i = firstSumOf[cell]; i < firstSumOf[cell + 1]; i++)
            {
                var other = sumsOf[i];
                if (other != except && !queued[other])
                {
                    queued[other] = true;
                    pending.Enqueue(other);
                }
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

        return new DisclosureDecision(threshold, counts.Numbers, states, [.. unprotected.Select(i => counts.Keys[i])]);
    }

    /// <summary>
    /// The sums each count belongs to, in order: those of count c are <c>sumsOf[firstSumOf[c] .. firstSumOf[c + 1]]</c>
    /// (one array for every count rather than a list each).
    /// </summary>
    private static (int[] FirstSumOf, int[] SumsOf) Membership(IReadOnlyList<int[]> sums, int cellCount)
    {
        var firstSumOf = new int[cellCount + 1];
        foreach (var sum in sums)
        {
            foreach (var member in sum)
            {
                firstSumOf[member + 1]++;
            }
        }

        for (var cell = 0; cell < cellCount; cell++)
        {
            firstSumOf[cell + 1] += firstSumOf[cell];
        }

        var sumsOf = new int[firstSumOf[cellCount]];
        var next = firstSumOf[..^1];
        for (var s = 0; s < sums.Count; s++)
        {
            foreach (var member in sums[s])
            {
                sumsOf[next[member]++] = s;
            }
        }

        return (firstSumOf, sumsOf);
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
            if ((values[a] == 0) != (values[b] == 0))
            {
                return values[b] == 0;
            }

            return (position == 0) != (other == 0) ? other == 0 : values[a] < values[b];
        }

        var anyShownNonZero = best >= 0 && values[sum[best]] > 0;
        if (withheld > 1 && !anyShownNonZero)
        {
            return null;
        }

        if (best < 0)
        {
            var exposed = Array.Find(sum, Hidden);
            unprotected.Add(exposed);
            return ~exposed;
        }

        return sum[best];
    }
}
