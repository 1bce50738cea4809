using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>The columns of a level table (<c>&lt;level&gt;.csv</c>) by name, for maps and charts declared in a study file.</summary>
public static class LevelColumns
{
    /// <summary>The columns a level's table has, in order: <c>area_code</c>, <c>area_name</c>, <c>population</c>, deprivation and every indicator's.</summary>
    public static IReadOnlyList<string> Names(StudyDefinition study, bool isBase)
    {
        var placeholder = new AreaRow("", "", null, null, null, [.. study.Indicators.Select(i => new IndicatorValue(i.Name, 0, CrudeRate.Calculate(0, null, i.Per)))], []);
        return [.. AreaRowColumns.Of(placeholder, new LevelTable("", isBase, []), study, DisclosureDecision.None).Select(c => c.Key)];
    }

    /// <summary>Each area's value in <paramref name="column"/> as written, with withheld counts (and the rates on them) as null.</summary>
    public static IReadOnlyDictionary<string, object?> Values(LevelTable table, StudyResult result, string column) =>
        table.Rows.ToDictionary(r => r.Code, r => AreaRowColumns.Typed(r, table, result.Definition, result.Disclosure).FirstOrDefault(c => c.Key == column).Value);
}
