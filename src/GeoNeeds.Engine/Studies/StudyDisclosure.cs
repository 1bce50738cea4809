using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Lists every count a study run publishes (level tables, monthly tables, change and trend periods, deprivation deciles,
/// profiles, comparator groups, service outcomes, and the run summary's totals) with the sums between them, and decides once, with
/// <see cref="RunSuppression"/>, which to withhold. Every writer of the run then asks that decision.
/// </summary>
/// <remarks>
/// Where postcode levels split the base areas (<see cref="StudyCells"/>), the parts' counts join the decision as if
/// published, with every level's areas as sums of them: a postcode area and the LSOAs it cuts do not nest, so only
/// through the parts can a reader difference one against the other, and only by protecting the parts is neither
/// given away. The parts themselves are never written.
/// </remarks>
internal static class StudyDisclosure
{
    public static DisclosureDecision Decide(
        StudyDefinition study, IReadOnlyList<StudyLevel> levels, StudyCells cells, IReadOnlyList<LevelTable> tables, IReadOnlyList<InputResult> inputs,
        IReadOnlyDictionary<string, IReadOnlyList<GroupPopulation>> groupPopulations, IReadOnlyList<StudyOutcome> outcomes)
    {
        if (study.Output.SuppressBelow == 0)
        {
            return DisclosureDecision.None;
        }

        var counts = new PublishedCounts();
        if (study.PublishesAreaCountsOnly)
        {
            foreach (var input in inputs)
            {
                AddAreaCounts(counts, levels[0], tables[0], input);
            }

            return RunSuppression.Apply(counts, study.Output.SuppressBelow);
        }

        var areas = tables.Select(t => (IReadOnlyList<string>)[.. t.Rows.Select(r => r.Code)]).ToList();
        var counted = levels;
        if (cells.AreSplit)
        {
            counted = [new StudyLevel(PartsLevel, null, [.. cells.Codes.Select(c => KeyValuePair.Create(c, c))], null, null) { FromCell = c => c }, .. levels];
            areas.Insert(0, cells.Codes);
        }

        foreach (var input in inputs)
        {
            AddInput(counts, study, counted, areas, cells.Codes, input, groupPopulations, tables);
        }

        if (study.Deprivation is not null)
        {
            AddDeciles(counts, study, tables[0]);
        }

        if (study.Needs?.Comparators is { } comparators)
        {
            AddComparatorGroups(counts, study, tables[levels.ToList().FindIndex(l => l.Name == comparators.Level)], comparators);
        }

        foreach (var outcome in outcomes)
        {
            StudyOutcomeCounts.Add(counts, outcome, levels);
        }

        return RunSuppression.Apply(counts, study.Output.SuppressBelow);
    }

    /// <summary>The name the parts of split base areas are keyed under; never a level's, as it is no valid name.</summary>
    private const string PartsLevel = "(parts)";

    /// <param name="levels">The levels, after the parts of split base areas when there are any.</param>
    /// <param name="areas">Each of <paramref name="levels"/>' areas, in their table's order.</param>
    /// <param name="counted">The areas the input was counted in.</param>
    private static void AddInput(PublishedCounts counts, StudyDefinition study, IReadOnlyList<StudyLevel> levels, IReadOnlyList<IReadOnlyList<string>> areas, IReadOnlyList<string> counted, InputResult input,
        IReadOnlyDictionary<string, IReadOnlyList<GroupPopulation>> groupPopulations, IReadOnlyList<LevelTable> tables)
    {
        var source = input.Definition.Name;
        var total = CountCellKey.StudyTotal(source);
        counts.Add(total, input.Counts.Total, suppressible: false);
        var change = StudyChange.Periods(study, input);
        var trend = StudyPeriods.Covers(study, input) ? StudyTrendCounts.Of(study) : null;
        var cellsByLevel = new List<ILookup<string, (string Month, string Category, long Count)>>();
        foreach (var (level, codes) in levels.Zip(areas))
        {
            var cells = (level.IsCountedDirectly ? input.Counts : input.Counts.RolledUp(level.CodeFor, out _)).Cells
                .ToLookup(c => c.Area, c => (c.Month, c.Category, c.Count), StringComparer.Ordinal);
            cellsByLevel.Add(cells);
            foreach (var code in codes)
            {
                AddArea(counts, source, level.Name, code, cells[code].ToList(), change, trend);
            }

            // The study area's totals are published with the first level's table.
            if (level.Name == tables[0].Level)
            {
                trend?.AddTotals(counts, source, level.Name, codes);
                AddMonthTotals(counts, source, level.Name, codes.Select(c => (c, cells[c])));
            }

            if (level.FromBase is null || level.FromBase.Unassigned.Count == 0)
            {
                counts.Relate(total, codes.Select(c => CountCellKey.Whole(source, level.Name, c)).ToList());
            }
        }

        for (var upper = 1; upper < levels.Count; upper++)
        {
            for (var lower = 0; lower < upper; lower++)
            {
                var periods = (change is null ? [] : new[] { CountCellKey.Before, CountCellKey.After }).Concat(trend?.Names ?? []).ToList();
                RelateNested(counts, source, levels[lower], levels[upper], counted, cellsByLevel[lower], periods);
            }
        }

        if (study.Needs?.Profiles is { } profiles && profiles.Input == source)
        {
            var level = levels.Single(l => l.Name == profiles.Level);
            AddProfiles(counts, source, level, tables.Single(t => t.Level == level.Name), input, profiles.Fields);
        }

        if (study.Needs?.Representation is { } representation && representation.Input == source)
        {
            var level = levels.Single(l => l.Name == representation.Level);
            var table = tables.Single(t => t.Level == level.Name);
            AddProfiles(counts, source, level, table, input, representation.AllFields);
            StudyRepresentationCounts.Add(counts, source, level, table, input, representation, groupPopulations);
        }
    }

    /// <summary>
    /// The study area's count each month (<see cref="CountCellKey.StudyMonth"/>), the sum of that month's cells of every
    /// base area; with the cells that have no month they sum to the study total.
    /// </summary>
    private static void AddMonthTotals(PublishedCounts counts, string source, string baseLevel, IEnumerable<(string Area, IEnumerable<(string Month, string Category, long Count)> Cells)> areas)
    {
        var cells = areas.SelectMany(a => a.Cells.Select(c => (c.Month, c.Count, Key: CountCellKey.Month(source, baseLevel, a.Area, c.Month, c.Category)))).ToList();
        var totals = new List<CountCellKey>();
        foreach (var month in cells.Where(c => c.Month.Length > 0).GroupBy(c => c.Month, StringComparer.Ordinal))
        {
            var key = CountCellKey.StudyMonth(source, month.Key);
            counts.Add(key, month.Sum(c => c.Count));
            counts.Relate(key, [.. month.Select(c => c.Key)]);
            totals.Add(key);
        }

        // Without dated events there are no month totals, and the study total is tied to the areas already.
        if (totals.Count > 0)
        {
            counts.Relate(CountCellKey.StudyTotal(source), [.. totals, .. cells.Where(c => c.Month.Length == 0).Select(c => c.Key)]);
        }
    }

    /// <summary>Each area's count of <paramref name="input"/> and the study total they sum to: all that <c>count-points</c> publishes.</summary>
    private static void AddAreaCounts(PublishedCounts counts, StudyLevel level, LevelTable table, InputResult input)
    {
        var source = input.Definition.Name;
        var total = CountCellKey.StudyTotal(source);
        counts.Add(total, input.Counts.Total, suppressible: false);
        var wholes = table.Rows.Select(r => CountCellKey.Whole(source, level.Name, r.Code)).ToList();
        foreach (var (row, whole) in table.Rows.Zip(wholes))
        {
            counts.Add(whole, input.Counts.InArea(row.Code));
        }

        counts.Relate(total, wholes);
    }

    /// <summary>An area's whole count, its monthly cells and its periods (of the change and of the trend), with the sums between them.</summary>
    private static void AddArea(PublishedCounts counts, string source, string level, string area, IReadOnlyList<(string Month, string Category, long Count)> cells,
        ChangePeriods? change, StudyTrendCounts? trend)
    {
        var whole = CountCellKey.Whole(source, level, area);
        var (total, monthly) = (0L, new List<(string Month, long Count, CountCellKey Key)>(cells.Count));
        foreach (var (month, category, count) in cells)
        {
            total += count;
            monthly.Add((month, count, CountCellKey.Month(source, level, area, month, category)));
        }

        counts.Add(whole, total);
        foreach (var (_, count, key) in monthly)
        {
            counts.Add(key, count);
        }

        counts.Relate(whole, monthly.ConvertAll(m => m.Key));
        trend?.AddArea(counts, whole, monthly);
        if (change is not null)
        {
            AddChange(counts, source, level, area, whole, monthly, change);
        }
    }

    /// <summary>An area's counts before and after the change, each the sum of its monthly cells in the period; with the months in neither they make up its whole.</summary>
    private static void AddChange(PublishedCounts counts, string source, string level, string area, CountCellKey whole,
        List<(string Month, long Count, CountCellKey Key)> monthly, ChangePeriods change)
    {
        var (inBefore, inAfter, inNeither) = (new List<CountCellKey>(), new List<CountCellKey>(), new List<CountCellKey>());
        var (countBefore, countAfter) = (0L, 0L);
        foreach (var (month, count, key) in monthly)
        {
            var (isBefore, isAfter) = (change.IsBefore(month), change.IsAfter(month));
            if (isBefore)
            {
                inBefore.Add(key);
                countBefore += count;
            }

            if (isAfter)
            {
                inAfter.Add(key);
                countAfter += count;
            }

            if (!isBefore && !isAfter)
            {
                inNeither.Add(key);
            }
        }

        var before = CountCellKey.Period(source, level, area, CountCellKey.Before);
        var after = CountCellKey.Period(source, level, area, CountCellKey.After);
        counts.Add(before, countBefore);
        counts.Add(after, countAfter);
        counts.Relate(before, inBefore);
        counts.Relate(after, inAfter);
        counts.Relate(whole, [before, after, .. inNeither]);
    }

    /// <summary>
    /// Where every area counted in of each <paramref name="lower"/> area rolls up to one <paramref name="upper"/> area,
    /// the upper area's counts are the sums of its lower areas' counts, slice by slice.
    /// </summary>
    private static void RelateNested(PublishedCounts counts, string source, StudyLevel lower, StudyLevel upper, IReadOnlyList<string> counted,
        ILookup<string, (string Month, string Category, long Count)> lowerCells, IReadOnlyList<string> periods)
    {
        foreach (var (parent, children) in LevelNesting.Families(lower, upper, counted))
        {
            counts.Relate(CountCellKey.Whole(source, upper.Name, parent), children.Select(c => CountCellKey.Whole(source, lower.Name, c)).ToList());
            foreach (var slice in children.SelectMany(c => lowerCells[c].Select(cell => (c, cell.Month, cell.Category))).GroupBy(s => (s.Month, s.Category)))
            {
                counts.Relate(CountCellKey.Month(source, upper.Name, parent, slice.Key.Month, slice.Key.Category),
                    slice.Select(s => CountCellKey.Month(source, lower.Name, s.c, s.Month, s.Category)).ToList());
            }

            foreach (var period in periods)
            {
                counts.Relate(CountCellKey.Period(source, upper.Name, parent, period), children.Select(c => CountCellKey.Period(source, lower.Name, c, period)).ToList());
            }
        }
    }

    /// <summary>Each profiled field's counts by area × value, the value totals, and their sums.</summary>
    private static void AddProfiles(PublishedCounts counts, string source, StudyLevel level, LevelTable table, InputResult input, IEnumerable<string> fields)
    {
        foreach (var field in fields.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var byArea = input.FieldCounts![field].RolledUp(level.CodeFor, out _).Cells
                .GroupBy(c => (c.Area, c.Category))
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            var values = byArea.Keys.Select(k => k.Category).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var value in values)
            {
                var parts = table.Rows.Select(r => (Key: CountCellKey.Profile(source, level.Name, r.Code, field, value), Count: byArea.GetValueOrDefault((r.Code, value)))).ToList();
                foreach (var (key, count) in parts)
                {
                    counts.Add(key, count);
                }

                var valueTotal = CountCellKey.Profile(source, level.Name, CountCellKey.TotalArea, field, value);
                counts.Add(valueTotal, parts.Sum(p => p.Count));
                counts.Relate(valueTotal, parts.Where(p => p.Count > 0).Select(p => p.Key).ToList());
            }

            foreach (var row in table.Rows)
            {
                counts.Relate(CountCellKey.Whole(source, level.Name, row.Code),
                    values.Where(v => byArea.GetValueOrDefault((row.Code, v)) > 0).Select(v => CountCellKey.Profile(source, level.Name, row.Code, field, v)).ToList());
            }

            if (level.FromBase is null || level.FromBase.Unassigned.Count == 0)
            {
                counts.Relate(CountCellKey.StudyTotal(source), values.Select(v => CountCellKey.Profile(source, level.Name, CountCellKey.TotalArea, field, v)).ToList());
            }
        }
    }

    /// <summary>
    /// Each indicator's count per deprivation decile of the base areas and over every decile, as the inequality
    /// table and the rates-by-decile chart pool them (<see cref="StudyInequality"/>: areas with a decile and a denominator).
    /// </summary>
    private static void AddDeciles(PublishedCounts counts, StudyDefinition study, LevelTable baseTable)
    {
        foreach (var (indicator, i) in study.Indicators.Select((d, i) => (d, i)))
        {
            var byDecile = baseTable.Rows
                .Where(r => r.DeprivationMean is not null && r.Indicators[i].Rate.Population is not null)
                .GroupBy(r => (int)r.DeprivationMean!.Value);
            var members = new HashSet<string>(StringComparer.Ordinal);
            var deciles = new List<CountCellKey>();
            foreach (var decile in byDecile)
            {
                var key = CountCellKey.Decile(indicator.Name, decile.Key);
                counts.Add(key, decile.Sum(r => r.Indicators[i].Count));
                counts.Relate(key, decile.Select(r => CountCellKey.Whole(indicator.Input, baseTable.Level, r.Code)).ToList());
                members.UnionWith(decile.Select(r => r.Code));
                deciles.Add(key);
            }

            var all = CountCellKey.Decile(indicator.Name, null);
            counts.Add(all, deciles.Sum(d => counts.CountOf(d)));
            counts.Relate(all, deciles);
            var others = baseTable.Rows.Where(r => !members.Contains(r.Code)).Select(r => CountCellKey.Whole(indicator.Input, baseTable.Level, r.Code));
            counts.Relate(CountCellKey.StudyTotal(indicator.Input), [all, .. others]);
        }
    }

    /// <summary>The comparator group's events, which its published rate and denominator give away.</summary>
    private static void AddComparatorGroups(PublishedCounts counts, StudyDefinition study, LevelTable table, Needs.ComparatorsNeed comparators)
    {
        var areas = comparators.Areas.Distinct(StringComparer.Ordinal).Select(table.Find).OfType<AreaRow>().ToList();
        foreach (var (indicator, i) in study.Indicators.Select((d, i) => (d, i)))
        {
            var key = CountCellKey.Group(indicator.Name, table.Level);
            counts.Add(key, areas.Sum(a => a.Indicators[i].Count));
            counts.Relate(key, areas.Select(a => CountCellKey.Whole(indicator.Input, table.Level, a.Code)).ToList());
        }
    }
}
