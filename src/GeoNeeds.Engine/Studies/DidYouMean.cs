namespace GeoNeeds.Engine.Studies;

/// <summary>Suggests the allowed word a misspelt one was meant to be.</summary>
internal static class DidYouMean
{
    /// <summary>
    /// The candidate nearest to <paramref name="word"/> by <see cref="EditDistance"/> (case ignored), when it is
    /// within a third of the longer one's length (at least 1, at most 3); otherwise null. Ties go to the earlier candidate.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        var lower = word.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: EditDistance(lower, c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Clamp(Math.Max(word.Length, c.Candidate.Length) / 3, 1, 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>
    /// The optimal string alignment distance (Levenshtein with adjacent transpositions): the fewest insertions,
    /// deletions, substitutions and swaps of neighbouring characters that turn <paramref name="a"/> into <paramref name="b"/>.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
