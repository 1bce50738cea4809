namespace GeoNeeds.Engine.Stats;

/// <summary>The McNemar–Bowker test that a square paired table is symmetric: as many moved from i to j as from j to i.</summary>
public static class BowkerTest
{
    /// <summary>The method name of the test.</summary>
    public const string Method = "McNemar–Bowker";

    /// <summary>
    /// Bowker's test of symmetry (Bowker 1948, <i>JASA</i> 43:572): χ² = Σ_{i&lt;j} (n_ij − n_ji)² / (n_ij + n_ji) on
    /// r(r − 1)/2 degrees of freedom, p from the chi-squared distribution; for a 2 × 2 table it is McNemar's test
    /// without continuity correction.
    /// </summary>
    /// <param name="table">Counts n_ij: rows the category at the first occasion (intake), columns at the second (exit).</param>
    /// <remarks>
    /// A pair of cells both 0 contributes nothing to the statistic and the degrees of freedom stay r(r − 1)/2, as
    /// Fagerland, Lydersen and Laake (2017, <i>Statistical Analysis of Contingency Tables</i>, ch. 9; R package
    /// <c>contingencytables</c>) and statsmodels' <c>SquareTable.symmetry</c> compute it; R's <c>mcnemar.test</c>
    /// uses the same degrees of freedom but returns NaN for such a table (0/0). All agree whenever every pair has
    /// a count. Keeping the full degrees of freedom makes the test slightly conservative for sparse tables. A table
    /// with no change at all has statistic 0 and P = 1.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The table is null.</exception>
    /// <exception cref="ArgumentException">The table is not square or is smaller than 2 × 2.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite.</exception>
    public static SymmetryTest Calculate(double[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var size = table.GetLength(0);
        if (table.GetLength(1) != size || size < 2)
        {
            throw new ArgumentException(
                $"A test of symmetry needs a square table of at least 2 × 2 (the same categories at both occasions); got {size} × {table.GetLength(1)}.",
                nameof(table));
        }

        foreach (var count in table)
        {
            NonNegative.Require(count, nameof(count));
        }

        var statistic = 0.0;
        for (var i = 0; i < size; i++)
        {
            for (var j = i + 1; j < size; j++)
            {
                var changed = table[i, j] + table[j, i];
                var difference = table[i, j] - table[j, i];
                statistic += changed == 0 ? 0 : difference * difference / changed;
            }
        }

        var degreesOfFreedom = size * (size - 1) / 2;
        return new SymmetryTest(statistic, degreesOfFreedom, ChiSquaredTail.Above(statistic, degreesOfFreedom), Method);
    }
}
