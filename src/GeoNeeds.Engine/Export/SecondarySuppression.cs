namespace GeoNeeds.Engine.Export;

/// <summary>
/// Primary and secondary suppression of a table of counts published with its row and column totals (e.g. referrals
/// by ward × risk level), so that no withheld small count can be recovered by subtracting the shown cells from a total.
/// </summary>
public static class SecondarySuppression
{
    /// <summary>
    /// Withholds every count from 1 to <paramref name="threshold"/> − 1 (primary suppression, as
    /// <see cref="SmallCountSuppression.IsSuppressed"/>), then, row by row and column by column until nothing changes,
    /// more cells (secondary suppression, protecting cells against differencing from totals: Government Statistical
    /// Service, <i>Disclosure control guidance for tables produced from administrative sources</i>, 2014): in every
    /// row and every column holding a withheld cell,
    /// <list type="number">
    /// <item>at least two cells are withheld, so none equals the total minus the cells shown; and</item>
    /// <item>
    /// at least two of the withheld cells are non-zero counts, while the line still has a shown non-zero count to
    /// withhold. Zeros are a weak disguise (a reader who can guess a zero, or two withheld zeros summing to 0, gives
    /// the rest away), so a zero is withheld to protect a cell only when the line has no non-zero count left.
    /// </item>
    /// </list>
    /// Each extra cell is the smallest shown non-zero count of the line (the first of equals), or failing that its
    /// first shown zero.
    /// </summary>
    /// <param name="counts">The table's inner cells; the totals are their row and column sums, published as they are.</param>
    /// <param name="threshold">Counts below this (and above 0) are small; 0 turns suppression off.</param>
    /// <remarks>
    /// A row or column of one cell has no separate total to difference against (its total is the cell), so it is not
    /// protected here: publish such a total withheld with its cell, or lay the table out with at least two columns
    /// (a single column of areas with a grand total is protected down the column). The totals themselves are not
    /// suppressed, even when small. This is the usual line-by-line rule, not a full audit: in large tables a
    /// determined reader can still bound some cells by combining several rows and columns.
    /// </remarks>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    public static CellSuppression Apply(long[,] counts, int threshold = SmallCountSuppression.DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        if (counts.Cast<long>().Any(count => count < 0))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        }

        var (rows, columns) = (counts.GetLength(0), counts.GetLength(1));
        var primary = new bool[rows, columns];
        var secondary = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                primary[r, c] = SmallCountSuppression.IsSuppressed(counts[r, c], threshold);
            }
        }

        var lines = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => (r, c)).ToArray())
            .Concat(Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToArray()))
            .Where(line => line.Length > 1)
            .ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                while (NextToWithhold(line, counts, primary, secondary) is { } cell)
                {
                    secondary[cell.Row, cell.Column] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return new CellSuppression(primary, secondary);
    }

    /// <summary>The cell the line still needs withheld under the two rules, or null when it is protected.</summary>
    private static (int Row, int Column)? NextToWithhold((int Row, int Column)[] line, long[,] counts, bool[,] primary, bool[,] secondary)
    {
        bool Withheld((int Row, int Column) cell) => primary[cell.Row, cell.Column] || secondary[cell.Row, cell.Column];
        long Count((int Row, int Column) cell) => counts[cell.Row, cell.Column];

        var withheld = line.Count(Withheld);
        var withheldNonZero = line.Count(cell => Withheld(cell) && Count(cell) > 0);
        var shown = line.Where(cell => !Withheld(cell)).ToList();
        var shownNonZero = shown.Where(cell => Count(cell) > 0).OrderBy(Count).ToList();
        var needsMore = withheld == 1 || (withheld > 1 && withheldNonZero < 2 && shownNonZero.Count > 0);
        if (!needsMore)
        {
            return null;
        }

        return shownNonZero.Count > 0 ? shownNonZero[0] : shown[0];
    }
}
