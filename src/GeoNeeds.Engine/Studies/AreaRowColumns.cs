using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;

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
                columns.Add(new("imd_decile", row.DeprivationMean));
            }
            else
            {
                columns.Add(new("imd_mean", row.DeprivationMean));
                columns.Add(new("imd_weighted_mean", row.DeprivationWeightedMean));
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
        var per = definition.Per.ToString("0", CultureInfo.InvariantCulture) + (definition.Denominator?.Suffix is { } suffix ? $"_{suffix}" : "");
        var suppressed = SmallCountSuppression.IsSuppressed(value.Count, suppressBelow);
        columns.Add(new($"{name}_count", suppressed ? SuppressedMark : value.Count));
        columns.AddRange(RateLayout.Columns($"rate_per_{per}", $"{name}_").Zip(RateLayout.Cells(value.Rate, suppressed), KeyValuePair.Create));
    }
}
