using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Tests.Publish.Disclosure;

public class RunSuppressionTests
{
    private static CountCellKey Area(string code) => CountCellKey.Whole("crime", code.Length == 1 ? "ward" : "lsoa", code);

    /// <summary>A ward "W" of three LSOAs "W1".."W3" with the given counts; the ward's count is their sum.</summary>
    private static PublishedCounts Ward(params long[] lsoas)
    {
        var counts = new PublishedCounts();
        var parts = lsoas.Select((c, i) => (Key: Area($"W{i + 1}"), Count: c)).ToList();
        parts.ForEach(p => counts.Add(p.Key, p.Count));
        counts.Add(Area("W"), lsoas.Sum());
        counts.Relate(Area("W"), [.. parts.Select(p => p.Key)]);
        return counts;
    }

    [Fact]
    public void Apply_OneSmallPart_WithholdsTheSmallestOtherNonZeroPartNotTheTotal()
    {
        var decision = RunSuppression.Apply(Ward(3, 40, 12), threshold: 5);

        Assert.Equal(CellDisclosure.Primary, decision.Of(Area("W1")));
        Assert.Equal(CellDisclosure.Shown, decision.Of(Area("W2")));
        Assert.Equal(CellDisclosure.Complementary, decision.Of(Area("W3")));
        Assert.Equal(CellDisclosure.Shown, decision.Of(Area("W")));
        Assert.Equal((1, 1), (decision.PrimaryCount, decision.ComplementaryCount));
    }

    [Fact]
    public void Apply_SmallTotal_WithholdsTwoOfItsParts()
    {
        var decision = RunSuppression.Apply(Ward(0, 2, 1), threshold: 5);

        // The total (3) and both non-zero parts are small; the zero part stays shown: two non-zero counts are withheld.
        Assert.True(decision.IsSuppressed(Area("W")));
        Assert.True(decision.IsSuppressed(Area("W2")));
        Assert.True(decision.IsSuppressed(Area("W3")));
        Assert.False(decision.IsSuppressed(Area("W1")));
    }

    [Fact]
    public void Apply_ThresholdZero_WithholdsNothing()
    {
        var decision = RunSuppression.Apply(Ward(1, 2, 3), threshold: 0);

        Assert.False(decision.IsSuppressed(Area("W1")));
        Assert.Equal(0, decision.PrimaryCount);
    }

    [Fact]
    public void Apply_SmallCountWhoseOnlyOtherMemberIsAlwaysPublished_IsReportedUnprotected()
    {
        var counts = new PublishedCounts();
        counts.Add(CountCellKey.StudyTotal("crime"), 3, suppressible: false);
        counts.Add(Area("W"), 3);
        counts.Relate(CountCellKey.StudyTotal("crime"), [Area("W")]);

        var decision = RunSuppression.Apply(counts, threshold: 5);

        Assert.Equal([Area("W")], decision.Unprotected);
        Assert.False(decision.IsSuppressed(CountCellKey.StudyTotal("crime")));
    }

    [Fact]
    public void Relate_PartsNotSummingToTotal_IsRefused()
    {
        var counts = Ward(1, 2, 3);
        counts.Add(Area("X"), 7);

        var error = Assert.Throws<ArgumentException>(() => counts.Relate(Area("X"), [Area("W1"), Area("W2")]));

        Assert.StartsWith("crime ward X Whole is 7 but its parts sum to 3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_CountNotDecidedOn_Throws()
    {
        var decision = RunSuppression.Apply(Ward(1, 2, 3), threshold: 5);

        Assert.Throws<KeyNotFoundException>(() => decision.Of(Area("Q")));
    }

    /// <summary>
    /// Random three-level hierarchies (areas → wards → one authority, each also split into months) and thresholds:
    /// after suppression, an attacker who repeatedly solves any sum with one unknown member recovers nothing
    /// beyond the counts the decision itself reports as unprotected (those tied to an always-published total that is
    /// itself small).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Apply_RandomHierarchies_NoWithheldCountIsRecoveredByChainedDifferencing()
    {
        var hierarchy =
            from wards in Gen.Choose(1, 4)
            from perWard in Gen.Choose(1, 4)
            from months in Gen.Choose(1, 3)
            from threshold in Gen.Choose(0, 8)
            from cells in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 0)), (5, Gen.Choose(1, 6)), (2, Gen.Choose(7, 30))), wards * perWard * months)
            select (wards, perWard, months, threshold, cells);
        return Prop.ForAll(hierarchy.ToArbitrary(), h =>
        {
            var counts = Hierarchy(h.wards, h.perWard, h.months, h.cells);
            var decision = RunSuppression.Apply(counts, h.threshold);
            var recovered = ChainedDifferencing(counts, decision);
            return recovered.All(decision.Unprotected.Contains) && WithholdsOnlyWhatItMust(counts, decision);
        });
    }

    /// <summary>
    /// Hierarchies of counts 0 and at or above the threshold only: nothing is small, so everything is shown.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Apply_RandomHierarchiesWithoutSmallCounts_ShowsEveryCount()
    {
        var hierarchy =
            from wards in Gen.Choose(1, 4)
            from perWard in Gen.Choose(1, 4)
            from threshold in Gen.Choose(1, 8)
            from cells in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Choose(threshold, 30)), wards * perWard)
            select (wards, perWard, threshold, cells);
        return Prop.ForAll(hierarchy.ToArbitrary(), h =>
        {
            var counts = Hierarchy(h.wards, h.perWard, 1, h.cells);
            var decision = RunSuppression.Apply(counts, h.threshold);
            return counts.Keys.All(key => decision.Of(key) == CellDisclosure.Shown) && decision.Unprotected.Count == 0;
        });
    }

    /// <summary>
    /// Primary suppression is exactly the suppressible small counts (1 to threshold − 1), an always-published count
    /// is never withheld, and complementary suppression happens only around a primary one: a decision withholding
    /// everything fails this.
    /// </summary>
    private static bool WithholdsOnlyWhatItMust(PublishedCounts counts, DisclosureDecision decision) =>
        counts.Keys.All(key =>
            (decision.Of(key) == CellDisclosure.Primary) == (counts.IsSuppressible(key) && SmallCountSuppression(counts.CountOf(key), decision.Threshold))
            && (counts.IsSuppressible(key) || decision.Of(key) == CellDisclosure.Shown))
        && (decision.ComplementaryCount == 0 || decision.PrimaryCount > 0);

    private static bool SmallCountSuppression(long count, int threshold) => Engine.Export.SmallCountSuppression.IsSuppressed(count, threshold);

    private static PublishedCounts Hierarchy(int wards, int perWard, int months, int[] cells)
    {
        var counts = new PublishedCounts();
        CountCellKey Cell(string level, string area, int? month) =>
            month is { } m ? CountCellKey.Month("crime", level, area, $"2025-0{m + 1}", "") : CountCellKey.Whole("crime", level, area);
        long At(int ward, int area, int month) => cells[(((ward * perWard) + area) * months) + month];

        var total = CountCellKey.StudyTotal("crime");
        counts.Add(total, cells.Sum(c => (long)c), suppressible: false);
        for (var month = -1; month < months; month++)
        {
            int? m = month < 0 ? null : month;
            long Sum(int ward, int? area) => Enumerable.Range(0, months).Where(x => m is null || x == m)
                .Sum(x => Enumerable.Range(0, perWard).Where(a => area is null || a == area).Sum(a => At(ward, a, x)));
            counts.Add(Cell("lad", "L", m), Enumerable.Range(0, wards).Sum(w => Sum(w, null)));
            for (var w = 0; w < wards; w++)
            {
                counts.Add(Cell("ward", $"W{w}", m), Sum(w, null));
                for (var a = 0; a < perWard; a++)
                {
                    counts.Add(Cell("lsoa", $"W{w}A{a}", m), Sum(w, a));
                }

                counts.Relate(Cell("ward", $"W{w}", m), [.. Enumerable.Range(0, perWard).Select(a => Cell("lsoa", $"W{w}A{a}", m))]);
            }

            counts.Relate(Cell("lad", "L", m), [.. Enumerable.Range(0, wards).Select(w => Cell("ward", $"W{w}", m))]);
        }

        counts.Relate(total, [Cell("lad", "L", null)]);
        var areas = Enumerable.Range(0, wards).Select(w => ("ward", $"W{w}"))
            .Concat(Enumerable.Range(0, wards * perWard).Select(i => ("lsoa", $"W{i / perWard}A{i % perWard}"))).Append(("lad", "L"));
        foreach (var (level, area) in areas)
        {
            counts.Relate(Cell(level, area, null), [.. Enumerable.Range(0, months).Select(x => Cell(level, area, x))]);
        }

        return counts;
    }

    /// <summary>The withheld counts an attacker gets by solving, again and again, any sum with one unknown member.</summary>
    internal static List<CountCellKey> ChainedDifferencing(PublishedCounts counts, DisclosureDecision decision)
    {
        var unknown = counts.Keys.Where(decision.IsSuppressed).ToHashSet();
        var recovered = new List<CountCellKey>();
        bool progress;
        do
        {
            progress = false;
            foreach (var relation in counts.Relations)
            {
                var missing = relation.Parts.Prepend(relation.Total).Where(unknown.Contains).ToList();
                if (missing.Count == 1)
                {
                    unknown.Remove(missing[0]);
                    recovered.Add(missing[0]);
                    progress = true;
                }
            }
        }
        while (progress);

        return recovered;
    }
}
