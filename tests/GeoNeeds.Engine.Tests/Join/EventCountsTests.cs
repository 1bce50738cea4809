using System.Globalization;
using FsCheck.Xunit;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class EventCountsTests
{
    [Fact]
    public void RolledUp_ChildCounts_SumIntoParentsKeepingMonthAndCategory()
    {
        var counts = new EventCounts();
        counts.Add("L1", "2025-04", "Public order", 3);
        counts.Add("L2", "2025-04", "Public order", 2);
        counts.Add("L3", "2025-05", null, 7);

        var parents = counts.RolledUp(code => code == "L3" ? null : "W1", out var unassigned);

        Assert.Equal(5, parents.InArea("W1"));
        Assert.Equal(7, unassigned);
        Assert.Equal([("W1", "2025-04", "Public order", 5L)], parents.Cells);
    }

    [Fact]
    public void Months_AreEachMonthCountedOnceWithTheEmptyMonthOfUndatedEvents()
    {
        var counts = new EventCounts();
        counts.Add("B", "2025-05", "x");
        counts.Add("A", "2025-04", "y");
        counts.Add("A", "2025-05", "z");
        counts.Add("C", null, "x");

        Assert.Equal(["", "2025-04", "2025-05"], counts.Months.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cells_AreOrderedByAreaMonthAndCategory()
    {
        var counts = new EventCounts();
        counts.Add("B", "2025-05", "x");
        counts.Add("A", "2025-05", "y");
        counts.Add("A", "2025-04", "z");

        Assert.Equal(["A|2025-04|z", "A|2025-05|y", "B|2025-05|x"], counts.Cells.Select(c => $"{c.Area}|{c.Month}|{c.Category}"));
    }

    [Fact]
    public void Cells_AfterAnotherAdd_IncludeIt()
    {
        var counts = new EventCounts();
        counts.Add("B", "2025-05", "x");
        _ = counts.Cells;

        counts.Add("A", "2025-05", "x", 2);

        Assert.Equal([("A", "2025-05", "x", 2L), ("B", "2025-05", "x", 1L)], counts.Cells);
    }

    // The reference is the plain sort the table made before it numbered its names: strings compared ordinally.
    [Property]
    public bool Cells_AnyAdds_AreTheSumsInOrdinalOrder((byte Area, byte Month, string? Category, byte Count)[] adds)
    {
        var counts = new EventCounts();
        foreach (var (area, month, category, count) in adds)
        {
            counts.Add($"E{area % 7}", month % 3 == 0 ? null : $"2025-{month % 12:00}", category, count);
        }

        var expected = adds.GroupBy(a => ($"E{a.Area % 7}", a.Month % 3 == 0 ? "" : $"2025-{a.Month % 12:00}", a.Category ?? ""))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Sum(a => (long)a.Count)))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Item2, StringComparer.Ordinal).ThenBy(c => c.Item3, StringComparer.Ordinal);
        return expected.SequenceEqual(counts.Cells) && counts.Total == adds.Sum(a => (long)a.Count);
    }

    [Fact]
    public void ByAreaIn_SumsOnlyTheAcceptedMonthsAndListsOnlyAreasWithACellInThem()
    {
        var counts = new EventCounts();
        counts.Add("A", "2025-04", "x", 3);
        counts.Add("A", "2025-05", "y", 4);
        counts.Add("A", "2025-05", "z", 1);
        counts.Add("B", "2025-04", "x", 2);
        counts.Add("C", null, "x", 9);

        var may = counts.ByAreaIn(month => month == "2025-05");

        Assert.Equal([("A", 5L)], may.Select(a => (a.Key, a.Value)));
    }

    // The reference sums the adds themselves, so it does not share the table's numbering.
    [Property]
    public bool ByAreaIn_AnyAddsAndMonths_AreTheSumsOfTheAddsInThoseMonths((byte Area, byte Month, string? Category, byte Count)[] adds, byte keep)
    {
        var counts = new EventCounts();
        static string? MonthOf(byte month) => month % 3 == 0 ? null : $"2025-{month % 12:00}";
        foreach (var (area, month, category, count) in adds)
        {
            counts.Add($"E{area % 7}", MonthOf(month), category, count);
        }

        bool Accepted(string month) => month.Length == 0 ? keep % 2 == 0 : int.Parse(month[5..], CultureInfo.InvariantCulture) % 4 == keep % 4;
        var expected = adds.Where(a => Accepted(MonthOf(a.Month) ?? ""))
            .GroupBy(a => $"E{a.Area % 7}")
            .ToDictionary(g => g.Key, g => g.Sum(a => (long)a.Count));
        var actual = counts.ByAreaIn(Accepted);
        return actual.Count == expected.Count && expected.All(e => actual.TryGetValue(e.Key, out var n) && n == e.Value);
    }
}
