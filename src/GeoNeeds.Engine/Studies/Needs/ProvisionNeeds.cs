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
        var rows = new List<IReadOnlyList<object?>>();
        double population = 0, recommended = 0, provided = 0;
        foreach (var area in table.Rows.Where(r => need.Figures.ContainsKey(r.Code)))
        {
            if (area.Population is not { } people)
            {
                context.Warnings.Add($"refuge: {area.Code} has no population, so no recommended number of spaces");
                continue;
            }

            var comparison = RefugeProvision.Assess(people, need.Figures[area.Code], RefugeStandard.CouncilOfEurope);
            rows.Add([area.Code, area.Name, people, comparison.Recommended, comparison.Provided, comparison.Difference, comparison.ShortfallPercent]);
            (population, recommended, provided) = (population + people, recommended + comparison.Recommended, provided + comparison.Provided);
        }

        WarnUnknown(context, "refuge", need, table);
        var total = RefugeProvision.Compare(recommended, provided);
        rows.Add(["TOTAL", "", population, total.Recommended, total.Provided, total.Difference, total.ShortfallPercent]);
        return new NeedsTable("refuge.csv", ["area_code", "area_name", "population", "recommended", "provided", "difference", "shortfall_pct"], rows);
    }

    public static NeedsTable Marac(NeedsContext context, MaracNeed need)
    {
        var level = context.Level(need.Level);
        var table = context.TableOf(level);
        var adultWomen = context.AgeSexIn(level)
            .Where(c => c.Sex == 'F' && c.Age.From >= 16)
            .GroupBy(c => c.AreaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Population), StringComparer.Ordinal);
        var rows = table.Rows.Where(r => need.Figures.ContainsKey(r.Code)).Select(area =>
        {
            var women = adultWomen.GetValueOrDefault(area.Code);
            var cases = need.Figures[area.Code];
            var comparison = MaracVolume.Compare(women, cases);
            return (IReadOnlyList<object?>)[area.Code, area.Name, women, cases, comparison.ExpectedCases, comparison.RatePer10000, comparison.Difference, comparison.PercentOfExpected];
        }).ToList();
        WarnUnknown(context, "marac", need, table);
        return new NeedsTable("marac.csv", ["area_code", "area_name", "adult_female_population", "cases", "expected_cases", "rate_per_10k", "difference", "pct_of_expected"], rows);
    }

    private static void WarnUnknown(NeedsContext context, string what, ProvisionNeed need, Indicators.LevelTable table)
    {
        foreach (var code in need.Figures.Keys.Where(c => table.Find(c) is null))
        {
            context.Warnings.Add($"{what}: {code} is not an area of level '{need.Level}'");
        }
    }
}
