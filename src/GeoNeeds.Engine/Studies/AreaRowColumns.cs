using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The columns of a level table as written to CSV and GeoJSON, with the counts the run's disclosure control
/// withholds as <see cref="DisclosureDecision.WithheldMark"/> and the rates built on them left empty.
/// </summary>
internal static class AreaRowColumns
{
    public static IReadOnlyList<KeyValuePair<string, object?>> Of(AreaRow row, LevelTable table, StudyDefinition study, DisclosureDecision disclosure)
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
            AddIndicator(columns, value, definition, disclosure.IsSuppressed(CountCellKey.Whole(definition.Input, table.Level, row.Code)));
        }

        columns.Add(new("notes", string.Join("; ", row.Notes.Concat(row.Indicators.Select(i => i.Rate.NotComputedReason).OfType<string>().Distinct()))));
        return columns;
    }

    /// <summary>The same columns with suppressed counts as <c>null</c>, for outputs whose values are typed (GeoJSON, database tables).</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Typed(AreaRow row, LevelTable table, StudyDefinition study, DisclosureDecision disclosure) =>
        Of(row, table, study, disclosure).Select(c => c.Value is DisclosureDecision.WithheldMark ? KeyValuePair.Create<string, object?>(c.Key, null) : c).ToList();

    /// <summary>
    /// The columns as typed exports publish them (GeoJSON, GeoPackage, TopoJSON): withheld counts null, each
    /// indicator's count followed by its <see cref="SuppressionFlags"/> flag, numbers rounded to the study's decimals.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Flagged(AreaRow row, LevelTable table, StudyDefinition study, DisclosureDecision disclosure) =>
        [.. SuppressionFlags.Apply(Of(row, table, study, disclosure), CountColumns(study))
            .Select(c => KeyValuePair.Create(c.Key, PublishedNumber.Rounded(c.Value, study.Output.Decimals)))];

    /// <summary>The indicators' count columns, the ones disclosure control may withhold.</summary>
    public static IReadOnlySet<string> CountColumns(StudyDefinition study) =>
        study.Indicators.Select(i => IndicatorColumnNames.Count(i.Name)).ToHashSet(StringComparer.Ordinal);

    private static void AddIndicator(List<KeyValuePair<string, object?>> columns, IndicatorValue value, IndicatorDefinition definition, bool suppressed)
    {
        var name = definition.Name;
        columns.Add(new(IndicatorColumnNames.Count(name), PublishedCount.Cell(value.Count, suppressed)));
        string[] names =
        [
            IndicatorColumnNames.Rate(name, definition.Per, definition.Denominator?.Suffix), IndicatorColumnNames.Lower95(name), IndicatorColumnNames.Upper95(name),
            IndicatorColumnNames.Lower998(name), IndicatorColumnNames.Upper998(name), IndicatorColumnNames.Method(name),
        ];
        columns.AddRange(names.Zip(RateLayout.Cells(value.Rate, suppressed), KeyValuePair.Create));
    }
}
