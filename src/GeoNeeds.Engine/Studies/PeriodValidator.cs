using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>Checks a study's <c>periods</c>, <c>baseline</c> and <c>compare</c> before anything is read.</summary>
internal static class PeriodValidator
{
    public static void Validate(StudyDefinition study)
    {
        var file = study.SourcePath;
        if (study.Periods.Count == 0)
        {
            StudyValidator.Require(study.Baseline.Count == 0, file, "baseline", "a baseline is made of periods: list the periods first");
            StudyValidator.Require(study.Compare is null, file, "compare", "compare names a period: list the periods first");
            return;
        }

        foreach (var (period, i) in study.Periods.Select((p, i) => (p, i)))
        {
            var key = $"periods[{i}]";
            StudyValidator.Require(!string.IsNullOrWhiteSpace(period.Name), file, $"{key}.name", "give the period a name, e.g. 2024 or 2024/25");
            StudyValidator.Require(MonthSpan.IsMonth(period.From), file, $"{key}.from", $"'{period.From}' is not a month; give yyyy-MM");
            StudyValidator.Require(MonthSpan.IsMonth(period.To), file, $"{key}.to", $"'{period.To}' is not a month; give yyyy-MM");
            StudyValidator.Require(period.Months >= 1, file, $"{key}.to", $"the period ends ({period.To}) before it starts ({period.From})");
            StudyValidator.Require(period.Population is null || study.Population is not null, file, $"{key}.population",
                "a period's population is read in the study population's format: give population (path and format) too");
            if (period.Population is { } population)
            {
                StudyValidator.RequireFile(study, population, $"{key}.population");
            }
        }

        var duplicate = study.Periods.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        StudyValidator.Require(duplicate is null, file, "periods", $"two periods are named '{duplicate?.Key}'");
        var ordered = study.Periods.OrderBy(p => p.From, StringComparer.Ordinal).ToList();
        var overlap = ordered.Zip(ordered.Skip(1)).FirstOrDefault(pair => string.CompareOrdinal(pair.Second.From, pair.First.To) <= 0);
        StudyValidator.Require(overlap == default, file, "periods", $"periods '{overlap.First?.Name}' and '{overlap.Second?.Name}' overlap; a month belongs to one period at most");
        var lengths = study.Periods.Select(p => p.Months).Distinct().ToList();
        if (!study.Annualise && lengths.Count > 1)
        {
            var (first, other) = (study.Periods[0], study.Periods.First(p => p.Months != study.Periods[0].Months));
            var i = study.Periods.IndexOf(other);
            StudyValidator.Require(false, file, $"periods[{i}]",
                $"'{other.Name}' spans {other.Months} months but '{first.Name}' {first.Months}: rates of periods of unequal length do not compare; give periods of equal length, or set annualise: true for rates a year");
        }

        var names = study.Periods.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, i) in study.Baseline.Select((n, i) => (n, i)))
        {
            StudyValidator.Require(names.Contains(name), file, $"baseline[{i}]", $"no period is named '{name}'; the periods are: {string.Join(", ", names)}");
        }

        StudyValidator.Require(study.Baseline.Distinct(StringComparer.Ordinal).Count() == study.Baseline.Count, file, "baseline", "a period is listed twice");
        StudyValidator.Require(study.Compare is null || names.Contains(study.Compare), file, "compare", $"no period is named '{study.Compare}'; the periods are: {string.Join(", ", names)}");
        StudyValidator.Require(study.Compare is null || study.Baseline.Count > 0, file, "compare", "compare sets a period against the baseline: give baseline too");
    }
}
