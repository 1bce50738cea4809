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
    public void Cells_AreOrderedByAreaMonthAndCategory()
    {
        var counts = new EventCounts();
        counts.Add("B", "2025-05", "x");
        counts.Add("A", "2025-05", "y");
        counts.Add("A", "2025-04", "z");

        Assert.Equal(["A|2025-04|z", "A|2025-05|y", "B|2025-05|x"], counts.Cells.Select(c => $"{c.Area}|{c.Month}|{c.Category}"));
    }
}
