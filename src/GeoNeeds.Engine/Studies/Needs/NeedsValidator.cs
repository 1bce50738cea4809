namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>Checks the <c>needs:</c> section of a study against the rest of it before anything is read.</summary>
internal static class NeedsValidator
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
        if (needs.Marac is { } marac)
        {
            ValidateMarac(study, marac);
        }

        if (needs.Change is { } change)
        {
            foreach (var (months, field) in new[] { (change.Before, "needs.change.before"), (change.After, "needs.change.after") })
            {
                StudyValidator.Require(months.Count is 1 or 2 && months.All(Indicators.MonthSpan.IsMonth), file, field, "give the first and last month of the period, as [yyyy-MM, yyyy-MM]");
            }

            var periods = change.ToPeriods();
            StudyValidator.Require(study.Annualise || periods.MonthsBefore == periods.MonthsAfter, file, "needs.change",
                $"before spans {periods.MonthsBefore} months and after {periods.MonthsAfter}: counts of unequal periods do not compare; give periods of equal length, or set annualise: true to compare counts a year");
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

        if (needs.Representation is { } representation)
        {
            ValidateRepresentation(study, representation, ageSex);
        }

        if (needs.Comparators is { } comparators)
        {
            StudyValidator.Require(study.Levels.Any(l => l.Name == comparators.Level), file, "needs.comparators.level", $"no level is named '{comparators.Level}'");
            StudyValidator.Require(comparators.Areas.Distinct(StringComparer.Ordinal).Count() >= 2, file, "needs.comparators.areas", "list at least two different area codes to compare");
        }

        if (needs.Outcomes is { } outcomes)
        {
            ValidateOutcomes(study, outcomes);
        }
    }

    private static void ValidateOutcomes(StudyDefinition study, OutcomesNeed outcomes)
    {
        var file = study.SourcePath;
        StudyValidator.Require(outcomes.Adult is not null || outcomes.Children is not null, file, "needs.outcomes", "give the forms of an adult service (adult:) and/or a children's service (children:)");
        foreach (var (forms, key) in new[] { (outcomes.Adult, "needs.outcomes.adult"), (outcomes.Children, "needs.outcomes.children") })
        {
            if (forms is not null)
            {
                StudyValidator.Require(forms.Intake.Length > 0, file, $"{key}.intake", "name the file of intake forms");
                StudyValidator.RequireFile(study, forms.Intake, $"{key}.intake");
                StudyValidator.Require(forms.Exit.Length > 0, file, $"{key}.exit", "name the file of exit forms");
                StudyValidator.RequireFile(study, forms.Exit, $"{key}.exit");
            }
        }

        StudyValidator.Require(outcomes.Profile.All(f => !string.IsNullOrWhiteSpace(f)), file, "needs.outcomes.profile", "name the intake columns to profile");
        foreach (var level in outcomes.Levels)
        {
            StudyValidator.Require(study.Levels.Any(l => l.Name == level), file, "needs.outcomes.levels", $"no level is named '{level}'{(DidYouMean.Suggest(level, study.Levels.Select(l => l.Name)) is { } meant ? $"; did you mean '{meant}'?" : "")}");
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

    private static void ValidateMarac(StudyDefinition study, MaracNeed marac)
    {
        var file = study.SourcePath;
        StudyValidator.Require(marac.AdultAge is Stats.AdultWomen.DefaultAdultAge or Stats.AdultWomen.EighteenAndOver, file, "needs.marac.adult_age", "give 16 (women aged 16 and over, the default) or 18");
        if (marac.Idvas is not { } idvas)
        {
            return;
        }

        StudyValidator.Require(idvas.Path.Length > 0, file, "needs.marac.idvas.path", "name the table of IDVAs in post (area_code and an FTE column)");
        StudyValidator.RequireFile(study, idvas.Path, "needs.marac.idvas.path");
        StudyValidator.Require(!string.IsNullOrWhiteSpace(idvas.Column), file, "needs.marac.idvas.column", "name the table's column of IDVAs in post");
        StudyValidator.Require(idvas.Caseload is null || idvas.PerHundredThousandWomen is null, file, "needs.marac.idvas", "give caseload or per_hundred_thousand_women, not both");
        StudyValidator.Require(idvas.Caseload is null or > 0, file, "needs.marac.idvas.caseload", "the cases one IDVA holds must be above 0 (SafeLives: 100)");
        StudyValidator.Require(idvas.PerHundredThousandWomen is null or >= 0, file, "needs.marac.idvas.per_hundred_thousand_women", "the FTE per 100,000 adult women must be 0 or more");
    }

    private static void ValidateRepresentation(StudyDefinition study, RepresentationNeed need, bool ageSex)
    {
        var file = study.SourcePath;
        StudyValidator.Require(study.Inputs.Any(i => i.Name == need.Input && i.Type == InputType.Referrals), file, "needs.representation.input", $"no referrals input is named '{need.Input}'");
        StudyValidator.Require(study.Levels.Any(l => l.Name == need.Level), file, "needs.representation.level", $"no level is named '{need.Level}'");
        StudyValidator.Require(need.AllFields.Count > 0, file, "needs.representation.fields", "name at least one referral column to compare with the population (fields) or an expected share");
        foreach (var (field, kind) in need.Fields)
        {
            StudyValidator.Require(kind != RepresentationNeed.AgeAndSex && (!RepresentationNeed.IsGroupTable(kind) || kind.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)),
                file, $"needs.representation.fields.{field}",
                $"'{kind}' is not a population group; give {RepresentationNeed.Age} (values are age bands), {RepresentationNeed.Sex} or a population table (a .csv file: area_code, group, population)");
            if (RepresentationNeed.IsGroupTable(kind))
            {
                StudyValidator.RequireFile(study, kind, $"needs.representation.fields.{field}");
            }
        }

        var byAgeOrSex = need.Fields.Values.Any(k => !RepresentationNeed.IsGroupTable(k)) || need.AgeBySex.Count > 0;
        StudyValidator.Require(!byAgeOrSex || ageSex, file, "needs.representation.fields", "comparing ages or sexes with the population needs the population by age and sex (population.format: age-sex)");
        StudyValidator.Require(need.AgeBySex.Count is 0 or 2 && need.AgeBySex.All(c => !string.IsNullOrWhiteSpace(c)), file, "needs.representation.age_by_sex",
            "name two referral columns, the age band then the sex, e.g. [age_band, sex]");
        StudyValidator.Require(need.Ages is null || Stats.AgeBand.TryParse(need.Ages, out _), file, "needs.representation.ages", Stats.AgeBand.NotABand(need.Ages));
        foreach (var (expected, i) in need.Expected.Select((e, i) => (e, i)))
        {
            var key = $"needs.representation.expected[{i}]";
            StudyValidator.Require(!string.IsNullOrWhiteSpace(expected.Field), file, $"{key}.field", "name the referral column");
            StudyValidator.Require(expected.Value.Length > 0, file, $"{key}.value", "give the value whose share is expected");
            StudyValidator.Require(Stats.ExpectedShare.TryParse(expected.Share, out _), file, $"{key}.share", $"'{expected.Share}' is not a share between 0 and 1 or a range such as 0.28-0.40");
        }
    }
}
