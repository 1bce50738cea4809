using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The columns of a level table as written to CSV and GeoJSON, with small counts suppressed: a suppressed
/// count is <see cref="SuppressedMark"/> and the rate built on it is left empty.
/// </summary>
internal static class AreaRowColumns
{
    public const string SuppressedMark = "*";

    public static IReadOnlyList<KeyValuePair<string, object?>> Of(AreaRow row, LevelTable table, StudyDefinition study)
    {
        var columns = new List<KeyValuePair<string, object?>>
        {
            new("area_code", row.Code),
            new("area_name", row.Name),
            new("population", row.Population),
        };
        if (study.Deprivation is not null)
        {
            if (table.IsBase)
            {
                columns.Add(new(IndicatorColumnNames.DeprivationDecile, row.DeprivationMean));
            }
            else
            {
                columns.Add(new(IndicatorColumnNames.DeprivationMean, row.DeprivationMean));
                columns.Add(new(IndicatorColumnNames.DeprivationWeightedMean, row.DeprivationWeightedMean));
            }
        }

        foreach (var (value, definition) in row.Indicators.Zip(study.Indicators))
        {
            AddIndicator(columns, value, definition, study.Output.SuppressBelow);
        }

        columns.Add(new("notes", string.Join("; ", row.Notes.Concat(row.Indicators.Select(i => i.Rate.NotComputedReason).OfType<string>().Distinct()))));
        return columns;
    }

    /// <summary>The same columns with suppressed counts as <c>null</c>, for outputs whose values are typed (GeoJSON, database tables).</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Typed(AreaRow row, LevelTable table, StudyDefinition study) =>
        Of(row, table, study).Select(c => c.Value is SuppressedMark ? KeyValuePair.Create<string, object?>(c.Key, null) : c).ToList();

    private static void AddIndicator(List<KeyValuePair<string, object?>> columns, IndicatorValue value, IndicatorDefinition definition, int suppressBelow)
    {
        var name = definition.Name;
        var suppressed = SmallCountSuppression.IsSuppressed(value.Count, suppressBelow);
        var rate = value.Rate;
        columns.Add(new(IndicatorColumnNames.Count(name), suppressed ? SuppressedMark : value.Count));
        columns.Add(new(IndicatorColumnNames.Rate(name, definition.Per, definition.Denominator?.Suffix), suppressed ? null : rate.Value));
        columns.Add(new(IndicatorColumnNames.Lower95(name), suppressed ? null : rate.Lower95));
        columns.Add(new(IndicatorColumnNames.Upper95(name), suppressed ? null : rate.Upper95));
        columns.Add(new(IndicatorColumnNames.Lower998(name), suppressed ? null : rate.Lower998));
        columns.Add(new(IndicatorColumnNames.Upper998(name), suppressed ? null : rate.Upper998));
        columns.Add(new(IndicatorColumnNames.Method(name), suppressed ? IndicatorColumnNames.SuppressedMethod : rate.Method));
    }
}
