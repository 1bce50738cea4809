using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Tests.Publish.Disclosure;

public class SuppressionFlagsTests
{
    [Fact]
    public void Apply_WithheldCount_IsNullWithItsFlagTrue()
    {
        KeyValuePair<string, object?>[] columns = [new("area_code", "X01000001"), new("violence_count", "*"), new("violence_rate_per_1000", null)];

        var flagged = SuppressionFlags.Apply(columns, new HashSet<string> { "violence_count" });

        Assert.Equal(
            [new("area_code", "X01000001"), new("violence_count", null), new("violence_count_suppressed", true), new("violence_rate_per_1000", null)],
            flagged);
    }

    [Fact]
    public void Apply_MissingCount_IsNullWithItsFlagFalse()
    {
        KeyValuePair<string, object?>[] columns = [new("violence_count", null)];

        var flagged = SuppressionFlags.Apply(columns, new HashSet<string> { "violence_count" });

        Assert.Equal([new("violence_count", null), new("violence_count_suppressed", false)], flagged);
    }

    [Fact]
    public void ApplyToTable_ColumnHoldingAMark_GetsAFlagColumnEvenWhenNotNamed()
    {
        var (header, rows) = SuppressionFlags.Apply(["area_code", "count", "month"], [["A", 7L, "2025-04"], ["B", "*", "2025-04"]], []);

        Assert.Equal(["area_code", "count", "count_suppressed", "month"], header);
        Assert.Equal([["A", 7L, false, "2025-04"], ["B", null, true, "2025-04"]], rows);
    }

    [Fact]
    public void ApplyToTable_NamedColumnWithNothingWithheld_StillGetsItsFlag()
    {
        var (header, rows) = SuppressionFlags.Apply(["area_code", "count"], [["A", 7L]], ["count"]);

        Assert.Equal(["area_code", "count", "count_suppressed"], header);
        Assert.Equal([["A", 7L, false]], rows);
    }
}
