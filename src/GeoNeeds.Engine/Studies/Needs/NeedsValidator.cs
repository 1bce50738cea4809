using System.Text.RegularExpressions;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>Checks the <c>needs:</c> section of a study against the rest of it before anything is read.</summary>
internal static partial class NeedsValidator
{
    public static void Validate(StudyDefinition study, NeedsDefinition needs)
    {
        var file = study.SourcePath;
        var ageSex = study.Population?.Format == SourceFormat.AgeSex;
        if (needs.Prevalence is { } prevalence)
        {
            StudyValidator.Require(ageSex, file, "needs.prevalence", "prevalence needs the population by age and sex (population.format: age-sex)");
            StudyValidator.Require(Indicators.SurveyTable.Editions.Contains(prevalence.Survey) || File.Exists(StudyFile.Resolve(study, prevalence.Survey)),
                file, "needs.prevalence.survey", $"'{prevalence.Survey}' is neither a survey edition ({string.Join(", ", Indicators.SurveyTable.Editions)}) nor a file");
            StudyValidator.Require(prevalence.Recorded is null || study.Inputs.Any(i => i.Name == prevalence.Recorded), file, "needs.prevalence.recorded", $"no input is named '{prevalence.Recorded}'");
        }

        ValidateProvision(study, needs.Refuge, "needs.refuge");
        ValidateProvision(study, needs.Marac, "needs.marac");
        StudyValidator.Require(needs.Marac is null || ageSex, file, "needs.marac", "MARAC volume needs adult women: the population by age and sex (population.format: age-sex)");
        if (needs.Change is { } change)
        {
            foreach (var (months, field) in new[] { (change.Before, "needs.change.before"), (change.After, "needs.change.after") })
            {
                StudyValidator.Require(months.Count is 1 or 2 && months.All(m => Month().IsMatch(m)), file, field, "give the first and last month of the period, as [yyyy-MM, yyyy-MM]");
            }
        }

        StudyValidator.Require(!needs.Inequality || study.Deprivation is not null, file, "needs.inequality", "inequality by deprivation decile needs a deprivation table");
        StudyValidator.Require(!needs.Correlation || study.Deprivation is not null, file, "needs.correlation", "correlation with deprivation needs a deprivation table");
        foreach (var level in needs.HotSpots?.Levels ?? [])
        {
            StudyValidator.Require(study.Levels.Any(l => l.Name == level && l.HasBoundaries), file, "needs.hot_spots.levels", $"'{level}' is not a level with boundaries");
        }

        if (needs.Profiles is { } profiles)
        {
            StudyValidator.Require(study.Inputs.Any(i => i.Name == profiles.Input && i.Type == InputType.Referrals), file, "needs.profiles.input", $"no referrals input is named '{profiles.Input}'");
            StudyValidator.Require(profiles.Fields.Count > 0 && profiles.Fields.All(f => !string.IsNullOrWhiteSpace(f)), file, "needs.profiles.fields", "name at least one column of the referral files to profile");
            StudyValidator.Require(study.Levels.Any(l => l.Name == profiles.Level), file, "needs.profiles.level", $"no level is named '{profiles.Level}'");
        }

        if (needs.Comparators is { } comparators)
        {
            StudyValidator.Require(study.Levels.Any(l => l.Name == comparators.Level), file, "needs.comparators.level", $"no level is named '{comparators.Level}'");
            StudyValidator.Require(comparators.Areas.Distinct(StringComparer.Ordinal).Count() >= 2, file, "needs.comparators.areas", "list at least two different area codes to compare");
        }
    }

    private static void ValidateProvision(StudyDefinition study, ProvisionNeed? need, string field)
    {
        if (need is not null)
        {
            StudyValidator.Require(study.Levels.Any(l => l.Name == need.Level), study.SourcePath, $"{field}.level", $"no level is named '{need.Level}'");
            StudyValidator.Require(need.Figures.Values.All(v => v >= 0 && double.IsFinite(v)), study.SourcePath, field, "spaces and cases must be numbers of 0 or more");
        }
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();
}
