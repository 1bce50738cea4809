using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Provision against national standards for the areas of one level: refuge spaces against the Council of Europe
/// standard (<c>refuge.csv</c>) and MARAC cases against SafeLives' volume (<c>marac.csv</c>).
/// </summary>
internal static class ProvisionNeeds
{
    public static NeedsTable Refuge(NeedsContext context, RefugeNeed need)
    {
        var table = context.TableOf(context.Level(need.Level));
        var areas = new List<RefugeArea>();
        foreach (var area in table.Rows.Where(r => need.Figures.ContainsKey(r.Code)))
        {
            if (area.Population is { } people)
            {
                areas.Add(new RefugeArea(area.Code, area.Name, people, need.Figures[area.Code]));
            }
            else
            {
                context.Warnings.Add($"refuge: {area.Code} has no population, so no recommended number of spaces");
            }
        }

        WarnUnknown(context, "refuge", need, table);
        var assessment = RefugeMeasure.Assess(areas, RefugeStandard.CouncilOfEurope);
        return new NeedsTable("refuge.csv", RefugeLayout.Columns(), [.. areas.Select((_, i) => RefugeLayout.Row(assessment, i)), RefugeLayout.TotalRow(assessment)]);
    }

    public static NeedsTable Marac(NeedsContext context, MaracNeed need)
    {
        var level = context.Level(need.Level);
        var table = context.TableOf(level);
        var adultWomen = context.AgeSexIn(level)
            .Where(c => c.Sex == 'F' && c.Age.From >= 16)
            .GroupBy(c => c.AreaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Population), StringComparer.Ordinal);
        var areas = table.Rows.Where(r => need.Figures.ContainsKey(r.Code))
            .Select(area => new MaracArea(area.Code, area.Name, adultWomen.GetValueOrDefault(area.Code), need.Figures[area.Code], null));
        WarnUnknown(context, "marac", need, table);
        return new NeedsTable("marac.csv", MaracLayout.Columns(), [.. MaracMeasure.Assess(areas).Select(r => MaracLayout.Row(r))]);
    }

    private static void WarnUnknown(NeedsContext context, string what, ProvisionNeed need, Indicators.LevelTable table)
    {
        foreach (var code in need.Figures.Keys.Where(c => table.Find(c) is null))
        {
            context.Warnings.Add($"{what}: {code} is not an area of level '{need.Level}'");
        }
    }
}
