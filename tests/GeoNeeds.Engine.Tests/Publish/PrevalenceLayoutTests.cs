using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class PrevalenceLayoutTests
{
    // 410 men and 820 women expected: 1,230 in all; 3 recorded of them is 3 / 1,230 of the expected.
    private static readonly PrevalenceResult Harbour = new(new ExpectedVictims("E01000001", 20_000, 410, 820, 2, 150), "Harbour", 3, 3 / 1_230.0);

    [Fact]
    public void Columns_AddTheRecordedColumnsOnlyWhenAsked()
    {
        string[] expected = ["area_code", "area_name", "population_in_range", "expected_men", "expected_women", "expected_all"];

        Assert.Equal(expected, PrevalenceLayout.Columns());
        Assert.Equal([.. expected, "recorded", "recorded_per_expected"], PrevalenceLayout.Columns(withRecorded: true));
    }

    [Fact]
    public void Row_GivesTheExpectedVictimsAndTheirSum()
    {
        Assert.Equal(["E01000001", "Harbour", 20_000.0, 410.0, 820.0, 1_230.0], PrevalenceLayout.Row(Harbour));
        Assert.Equal(["E01000001", "Harbour", 20_000.0, 410.0, 820.0, 1_230.0, 3.0, 3 / 1_230.0], PrevalenceLayout.Row(Harbour, withRecorded: true));
    }

    [Fact]
    public void Row_RecordedWithheld_ShowsTheStarAndNoRatio()
    {
        Assert.Equal(["E01000001", "Harbour", 20_000.0, 410.0, 820.0, 1_230.0, "*", null], PrevalenceLayout.Row(Harbour, withRecorded: true, recordedHidden: true));
    }
}
