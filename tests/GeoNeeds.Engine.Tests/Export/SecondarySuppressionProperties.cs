using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class SecondarySuppressionProperties
{
    // Tables of 1-6 rows × 1-6 columns whose counts are mostly small or zero, where suppression has work to do.
    private static readonly Arbitrary<long[,]> Tables =
        (from rows in Gen.Choose(1, 6)
         from columns in Gen.Choose(1, 6)
         from cells in Gen.Frequency((3, Gen.Constant(0L)), (4, Gen.Choose(1, 4).Select(v => (long)v)), (3, Gen.Choose(5, 60).Select(v => (long)v))).ArrayOf(rows * columns)
         select ToTable(rows, columns, cells)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Apply_AnyTable_EverySmallCountIsWithheld() => Prop.ForAll(Tables, counts =>
    {
        var result = SecondarySuppression.Apply(counts);
        return Cells(counts).All(cell => counts[cell.Row, cell.Column] is 0 or >= 5 || result.IsSuppressed(cell.Row, cell.Column));
    });

    [Property(MaxTest = 300)]
    public Property Apply_AnyTable_NoRowOrColumnHasExactlyOneWithheldCell() => Prop.ForAll(Tables, counts =>
    {
        var result = SecondarySuppression.Apply(counts);
        return Lines(counts).All(line => line.Count(cell => result.IsSuppressed(cell.Row, cell.Column)) != 1);
    });

    [Property(MaxTest = 300)]
    public Property Apply_AnyTable_ZerosProtectOnlyWhereNoNonZeroIsLeft() => Prop.ForAll(Tables, counts =>
    {
        // The rule: a line with withheld cells has two or more withheld non-zero counts, unless it has no shown
        // non-zero count left, so withheld zeros are never the only thing protecting a cell while something else exists.
        var result = SecondarySuppression.Apply(counts);
        return Lines(counts).All(line =>
        {
            var withheld = line.Where(cell => result.IsSuppressed(cell.Row, cell.Column)).ToList();
            var shownNonZero = line.Any(cell => !result.IsSuppressed(cell.Row, cell.Column) && counts[cell.Row, cell.Column] > 0);
            return withheld.Count == 0 || withheld.Count(cell => counts[cell.Row, cell.Column] > 0) >= 2 || !shownNonZero;
        });
    });

    [Property(MaxTest = 300)]
    public Property Apply_AnyTable_SecondaryCellsAreNeverSmallCounts() => Prop.ForAll(Tables, counts =>
    {
        var result = SecondarySuppression.Apply(counts);
        return Cells(counts).All(cell => result.IsPrimary(cell.Row, cell.Column) == counts[cell.Row, cell.Column] is > 0 and < 5);
    });

    private static long[,] ToTable(int rows, int columns, long[] cells)
    {
        var table = new long[rows, columns];
        for (var i = 0; i < cells.Length; i++)
        {
            table[i / columns, i % columns] = cells[i];
        }

        return table;
    }

    private static IEnumerable<(int Row, int Column)> Cells(long[,] counts) =>
        from r in Enumerable.Range(0, counts.GetLength(0)) from c in Enumerable.Range(0, counts.GetLength(1)) select (r, c);

    /// <summary>Every row and column of two or more cells (a one-cell line has no separate total to protect against).</summary>
    private static IEnumerable<(int Row, int Column)[]> Lines(long[,] counts)
    {
        var (rows, columns) = (counts.GetLength(0), counts.GetLength(1));
        var all = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => (r, c)).ToArray())
            .Concat(Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToArray()));
        return all.Where(line => line.Length > 1);
    }
}
