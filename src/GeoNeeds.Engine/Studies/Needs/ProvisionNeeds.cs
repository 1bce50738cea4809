using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.AreaValues;
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

    /// <exception cref="Io.InputDataException">The IDVA table is unusable; an open age band of women straddles the adult age.</exception>
    public static NeedsTable Marac(NeedsContext context, MaracNeed need)
    {
        var level = context.Level(need.Level);
        var table = context.TableOf(level);
        var adultWomen = AdultWomenByArea.Count(context.AgeSexIn(level), need.AdultAge, StudyFile.Resolve(context.Study, context.Study.Population!.Path));
        var idvas = need.Idvas is { } staffing ? IdvasInPost(StudyFile.Resolve(context.Study, staffing.Path), staffing.Column) : null;
        var areas = table.Rows.Where(r => need.Figures.ContainsKey(r.Code))
            .Select(area => new MaracArea(area.Code, area.Name, adultWomen.GetValueOrDefault(area.Code), need.Figures[area.Code], IdvasIn(context, idvas, area.Code)));
        WarnUnknown(context, "marac", need, table);
        var results = MaracMeasure.Assess(areas, idva: need.Idvas?.Standard);
        var (withIdva, onCasesHeard) = (MaracLayout.HasIdva(results), MaracLayout.HasCasesHeard(results));
        return new NeedsTable("marac.csv", MaracLayout.Columns(withIdva, onCasesHeard), [.. results.Select(r => MaracLayout.Row(r, withIdva, onCasesHeard))]);
    }

    /// <exception cref="Io.InputDataException">The table is unusable or an FTE is negative.</exception>
    private static Dictionary<string, double> IdvasInPost(string path, string column)
    {
        var table = AreaValueReader.Read(path, column);
        if (table.Rows.FirstOrDefault(r => r.Value < 0) is { } negative)
        {
            throw new Io.InputDataException(table.File, negative.Line, table.ValueColumn, $"IDVAs in post {negative.Value} must be zero or more");
        }

        return table.Rows.ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
    }

    private static double? IdvasIn(NeedsContext context, Dictionary<string, double>? idvas, string area)
    {
        if (idvas is null)
        {
            return null;
        }

        if (!idvas.TryGetValue(area, out var fte))
        {
            context.Warnings.Add($"marac: {area} has no row in the IDVA table, so its IDVA capacity is not compared");
            return null;
        }

        return fte;
    }

    private static void WarnUnknown(NeedsContext context, string what, ProvisionNeed need, Indicators.LevelTable table)
    {
        foreach (var code in need.Figures.Keys.Where(c => table.Find(c) is null))
        {
            context.Warnings.Add($"{what}: {code} is not an area of level '{need.Level}'");
        }
    }
}
