using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>The row layout of expected victims, the same in the <c>prevalence</c> verb's output and the study's <c>&lt;level&gt;_prevalence.csv</c>.</summary>
public static class PrevalenceLayout
{
    /// <summary>The columns; with recorded numbers, <c>recorded,recorded_per_expected</c> after them.</summary>
    public static IReadOnlyList<string> Columns(bool withRecorded = false) =>
    [
        "area_code", "area_name", "population_in_range", "expected_men", "expected_women", "expected_all",
        .. withRecorded ? (IEnumerable<string>)["recorded", "recorded_per_expected"] : [],
    ];

    /// <summary>One area's cells; with <paramref name="recordedHidden"/> the recorded number shows the suppressed mark and its ratio is left empty.</summary>
    public static IReadOnlyList<object?> Row(PrevalenceResult result, bool withRecorded = false, bool recordedHidden = false)
    {
        var expected = result.Expected;
        IReadOnlyList<object?> cells = [expected.AreaCode, result.AreaName, expected.PopulationInRange, expected.Men, expected.Women, expected.All];
        return withRecorded ? [.. cells, PublishedCount.Cell(result.Recorded, recordedHidden), recordedHidden ? null : result.RecordedPerExpected] : cells;
    }
}
