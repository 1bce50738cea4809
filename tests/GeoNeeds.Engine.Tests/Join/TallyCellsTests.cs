using FsCheck.Xunit;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class TallyCellsTests
{
    [Fact]
    public void NonEmpty_CountsEachCellAndNumbersNoneAsMinusOne()
    {
        var cells = new TallyCells(3);
        cells.Add(2, 0, 1);
        cells.Add(2, 0, 1);
        cells.Add(0, -1, -1);

        Assert.Equal([((0, -1, -1), 1L), ((2, 0, 1), 2L)], cells.NonEmpty().Select(c => (c.Key, c.Value)).Order());
    }

    [Fact]
    public void Add_MonthBeyondTheRowsWidth_WidensThemKeepingEveryCount()
    {
        var cells = new TallyCells(2);
        cells.Add(0, 3, 2);
        cells.Add(1, 100, 5);
        cells.Add(0, 3, 2);

        Assert.False(cells.Hashed);
        Assert.Equal([((0, 3, 2), 2L), ((1, 100, 5), 1L)], cells.NonEmpty().Select(c => (c.Key, c.Value)).Order());
    }

    [Fact]
    public void Add_MoreMonthsAndCategoriesThanARowHolds_MovesToTheHashTableKeepingEveryCount()
    {
        var cells = new TallyCells(2);
        cells.Add(0, 3, 2);
        cells.Add(1, 500, 40);
        cells.Add(0, 3, 2);

        Assert.True(cells.Hashed);
        Assert.Equal([((0, 3, 2), 2L), ((1, 500, 40), 1L)], cells.NonEmpty().Select(c => (c.Key, c.Value)).Order());
    }

    [Fact]
    public void Clear_LetsEveryCountGoAndCountsAfresh()
    {
        var cells = new TallyCells(2);
        cells.Add(1, 2, 3);
        cells.Clear();
        cells.Add(0, 0, 0);

        Assert.Equal([((0, 0, 0), 1L)], cells.NonEmpty().Select(c => (c.Key, c.Value)));
    }

    // The reference is a plain hash table of the same adds.
    [Property]
    public bool NonEmpty_AnyAdds_AreTheirCountsByCell((byte Area, short Month, short Category)[] adds)
    {
        var cells = new TallyCells(8);
        var expected = new Dictionary<(int, int, int), long>();
        foreach (var (area, month, category) in adds)
        {
            var key = (area % 8, (Math.Abs((int)month) % 200) - 1, (Math.Abs((int)category) % 40) - 1);
            cells.Add(key.Item1, key.Item2, key.Item3);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }

        var actual = cells.NonEmpty().ToDictionary(c => c.Key, c => c.Value);
        return actual.Count == expected.Count && expected.All(e => actual.GetValueOrDefault(e.Key) == e.Value);
    }
}
