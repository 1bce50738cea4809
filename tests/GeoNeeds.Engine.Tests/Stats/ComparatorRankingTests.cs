using System.Globalization;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class ComparatorRankingTests
{
    [Fact]
    public void Rank_TiedValues_ShareTheBestRankAndTheNextSkips()
    {
        // Competition ranking by hand (R: rank(-c(30, 20, 20, 10), ties.method = "min") = 1 2 2 4).
        var ranks = ComparatorRanking.Rank([("A", 30.0), ("B", 20.0), ("C", 20.0), ("D", 10.0)]);

        Assert.Equal([1, 2, 2, 4], ranks.Select(r => r.Rank));
        Assert.Equal([false, true, true, false], ranks.Select(r => r.IsTied));
        Assert.All(ranks, r => Assert.Equal(4, r.Of));
    }

    [Fact]
    public void Rank_LowestFirst_ReversesTheOrder()
    {
        var ranks = ComparatorRanking.Rank([("A", 30.0), ("B", 20.0), ("C", 20.0), ("D", 10.0)], highestFirst: false);

        Assert.Equal([4, 2, 2, 1], ranks.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_ComparatorWithoutValue_IsNotRankedNorCounted()
    {
        var ranks = ComparatorRanking.Rank([("A", 30.0), ("B", null), ("C", 10.0)]);

        Assert.Equal(new ComparatorRank("B", null, null, 2, false), ranks[1]);
        Assert.Equal(2, ranks[2].Rank);
        Assert.Equal(2, ranks[2].Of);
    }

    [Fact]
    public void Rank_RepeatedCode_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ComparatorRanking.Rank([("A", 1.0), ("A", 2.0)]));

        Assert.StartsWith("Comparator 'A' is listed more than once.", error.Message);
    }

    [Fact]
    public void RankOf_CodeNotAmongComparators_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ComparatorRanking.RankOf("Z", [("A", 1.0), ("B", 2.0)]));

        Assert.StartsWith("'Z' is not among the 2 comparators.", error.Message);
    }

    [SkippableFact]
    public void RankOf_CoventryPopulationAmongWestMidlandsMets_IsSecondOfSeven()
    {
        // ONS mid-2019 estimates (population/mye2019_la_syoa_by_sex_WM_Leics.csv, Persons, all ages): Birmingham
        // 1,141,816 is first, Coventry 371,521 second, ahead of Sandwell 328,450 and Dudley 321,596.
        var path = SharedData.Require("population/mye2019_la_syoa_by_sex_WM_Leics.csv");
        var mets = File.ReadLines(path).Skip(1).Select(line => line.Split(','))
            .Where(f => f[2] == "Metropolitan District" && f[3] == "Persons")
            .Select(f => (f[0], (double?)double.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();

        var coventry = ComparatorRanking.RankOf("E08000026", mets);

        Assert.Equal(new ComparatorRank("E08000026", 371_521, 2, 7, false), coventry);
    }
}
