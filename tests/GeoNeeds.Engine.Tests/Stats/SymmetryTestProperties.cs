using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class SymmetryTestProperties
{
    // Counts from 0 to 400 in steps of 0.5, so the exact (under 25 changed) and chi-squared paths, empty pairs and
    // weighted counts are all drawn.
    private static readonly Gen<double> Count = Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Choose(0, 800))).Select(h => h / 2.0);

    private static readonly Arbitrary<(double OneWay, double OtherWay)> Pairs =
        Count.SelectMany(a => Count.Select(b => (a, b))).ToArbitrary();

    // Square tables of 2 to 5 categories.
    private static readonly Arbitrary<double[,]> Tables = Gen.Choose(2, 5).SelectMany(size =>
        Count.ArrayOf(size * size).Select(cells =>
        {
            var table = new double[size, size];
            for (var i = 0; i < cells.Length; i++)
            {
                table[i / size, i % size] = cells[i];
            }

            return table;
        })).ToArbitrary();

    [Property]
    public Property McNemar_SwappingTheTwoChanges_LeavesStatisticAndPUnchanged() => Prop.ForAll(Pairs, pair =>
    {
        var forward = McNemarTest.Calculate(pair.OneWay, pair.OtherWay);
        var backward = McNemarTest.Calculate(pair.OtherWay, pair.OneWay);
        return forward == backward;
    });

    [Property]
    public Property McNemar_AnyCounts_PIsBetweenZeroAndOne() => Prop.ForAll(Pairs, pair =>
        McNemarTest.Calculate(pair.OneWay, pair.OtherWay).P is >= 0 and <= 1);

    [Property]
    public Property Bowker_Transposed_LeavesStatisticAndPUnchanged() => Prop.ForAll(Tables, table =>
    {
        var size = table.GetLength(0);
        var transposed = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                transposed[j, i] = table[i, j];
            }
        }

        var original = BowkerTest.Calculate(table);
        var swapped = BowkerTest.Calculate(transposed);
        return Math.Abs(original.Statistic - swapped.Statistic) <= 1e-12 * Math.Max(1, original.Statistic)
            && Math.Abs(original.P - swapped.P) <= 1e-12;
    });

    [Property]
    public Property Bowker_AnyTable_PIsBetweenZeroAndOne() => Prop.ForAll(Tables, table =>
        BowkerTest.Calculate(table).P is >= 0 and <= 1);
}
