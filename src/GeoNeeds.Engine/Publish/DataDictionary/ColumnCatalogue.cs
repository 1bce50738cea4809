using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish.DataDictionary;

/// <summary>
/// What every column GeoNeeds publishes means: its type, description and unit, for the data dictionary
/// (<c>datapackage.json</c>) written beside the outputs.
/// </summary>
public static class ColumnCatalogue
{
    private const string Withheld = " Withheld counts are written *.";

    private static readonly Dictionary<string, (string Type, string Description, string? Unit)> Fixed = new(StringComparer.Ordinal)
    {
        ["area_code"] = ("string", "The area's GSS code (TOTAL for a total over the study area).", null),
        ["area_name"] = ("string", "The area's name.", null),
        ["population"] = ("number", "Residents (or the indicator's denominator in needs tables), the rates' denominator.", "people"),
        ["notes"] = ("string", "Why a value is missing (no population, no decile).", null),
        ["input"] = ("string", "The study input the events come from.", null),
        ["month"] = ("string", "Month of the events (yyyy-MM; empty when the input has none).", null),
        ["category"] = ("string", "The input's category (crime type, risk level; empty when none).", null),
        ["count"] = ("integer", "Events counted." + Withheld, "events"),
        ["indicator"] = ("string", "The indicator's name in the study file.", null),
        ["file"] = ("string", "Input file, relative to the study file.", null),
        ["line"] = ("integer", "Line (row) of the input file.", null),
        ["field"] = ("string", "The input field concerned (rejections), or the profiled field (profiles).", null),
        ["reason"] = ("string", "Why the row was rejected (no_location, outside_study_area, invalid_postcode, ...).", null),
        ["detail"] = ("string", "The rejected value or problem, in words (never coordinates).", null),
        ["value"] = ("string", "The field's value (not recorded when empty).", null),
        ["percent_of_area"] = ("number", "Share of the area's referrals with this value; empty when withheld.", "%"),
        ["count_before"] = ("integer", "Events in the earlier period." + Withheld, "events"),
        ["count_after"] = ("integer", "Events in the later period." + Withheld, "events"),
        ["change"] = ("number", "count_after - count_before, of counts a year (count x 12 / months) when the study annualises; empty when either is withheld.", "events"),
        ["change_pct"] = ("number", "Change as a percentage of count_before (of counts a year when annualised).", "%"),
        ["rate_after"] = ("number", "Rate in the later period, per the indicator's multiplier (a year's when annualised).", null),
        ["quadrant"] = ("string", "Rate against the study-area rate (above/at/below) and change (rising/steady/falling).", null),
        ["period"] = ("string", "The study period's name (periods in the study file), or baseline for the periods the baseline pools.", null),
        ["first_month"] = ("string", "First month of the period (yyyy-MM).", null),
        ["last_month"] = ("string", "Last month of the period (yyyy-MM).", null),
        ["months"] = ("integer", "Months the period spans (the baseline: its periods' months summed).", "months"),
        ["denominator"] = ("number", "The period's population (or the indicator's denominator); the baseline: its periods' mean weighted by their months.", "people"),
        ["person_time"] = ("number", "denominator x months / the rate's unit: person-years when annualised (unit 12 months), else the denominator itself (unit: the periods' length).", "person-periods"),
        ["index"] = ("number", "rate / the baseline's rate x 100 (the baseline = 100); empty when the count or the baseline is withheld.", null),
        ["population_in_range"] = ("number", "Residents within the survey's ages.", "people"),
        ["expected_men"] = ("number", "Expected male victims of domestic abuse in the last year (survey prevalence by age x population).", "people"),
        ["expected_women"] = ("number", "Expected female victims of domestic abuse in the last year.", "people"),
        ["expected_all"] = ("number", "Expected victims of domestic abuse in the last year.", "people"),
        ["recorded"] = ("integer", "Recorded events of the study's chosen input." + Withheld, "events"),
        ["recorded_per_expected"] = ("number", "Recorded events per expected victim.", null),
        ["recommended"] = ("integer", "Refuge spaces the Council of Europe minimum recommends (1 per 10,000 population).", "spaces"),
        ["provided"] = ("number", "Refuge spaces provided (from the study file).", "spaces"),
        ["difference"] = ("number", "Provided (or cases) minus recommended (or expected); negative = shortfall.", null),
        ["shortfall_pct"] = ("number", "(recommended - provided) / recommended x 100.", "%"),
        ["adult_female_population"] = ("number", "Women aged 16 and over (18 and over when needs.marac.adult_age is 18).", "people"),
        ["cases"] = ("number", "MARAC cases in the year (from the study file).", "cases"),
        ["expected_cases"] = ("number", "Cases SafeLives' 40 per 10,000 adult women recommends.", "cases"),
        ["rate_per_10k"] = ("number", "MARAC cases per 10,000 adult women.", "per 10,000 adult women"),
        ["pct_of_expected"] = ("number", "Cases as a percentage of expected cases.", "%"),
        ["idva_fte_recommended"] = ("number", "IDVA FTE recommended: expected cases / caseload (SafeLives: 100 a year), or per 100,000 adult women when the study sets that figure.", "FTE"),
        ["idva_fte_gap"] = ("number", "idva_fte_recommended - IDVAs in post; positive = FTE still needed.", "FTE"),
        ["idva_gap_pct"] = ("number", "idva_fte_gap as a percentage of idva_fte_recommended.", "%"),
        ["idva_fte_for_cases_heard"] = ("number", "IDVA FTE the cases actually heard need: cases / caseload (SafeLives: 100 a year).", "FTE"),
        ["idva_fte_gap_for_cases_heard"] = ("number", "idva_fte_for_cases_heard - IDVAs in post; positive = FTE still needed.", "FTE"),
        ["idva_gap_pct_for_cases_heard"] = ("number", "idva_fte_gap_for_cases_heard as a percentage of idva_fte_for_cases_heard.", "%"),
        ["compared"] = ("integer", "Referrals in the area whose value of the field counts in its shares (an age band, a sex, any recorded value); empty for a value outside the shares." + Withheld, "referrals"),
        ["share"] = ("number", "The value's share of the compared referrals (0 to 1); empty when it would give a withheld count away.", null),
        ["share_lower_95"] = ("number", "Lower 95% limit of the share (Wilson score).", null),
        ["share_upper_95"] = ("number", "Upper 95% limit of the share (Wilson score).", null),
        ["population_share"] = ("number", "The group's share of the population of the compared ages (0 to 1).", null),
        ["population_share_lower_95"] = ("number", "Lower 95% limit of the population share (Wilson score).", null),
        ["population_share_upper_95"] = ("number", "Upper 95% limit of the population share (Wilson score).", null),
        ["ratio"] = ("number", "share / population_share: 1 = represented in proportion, above 1 over-represented.", null),
        ["ratio_lower_95"] = ("number", "Lower 95% limit of the ratio (Katz log method, Katz et al. 1978).", null),
        ["ratio_upper_95"] = ("number", "Upper 95% limit of the ratio (Katz log method, Katz et al. 1978).", null),
        ["rate_per_100000"] = ("number", "Referrals per 100,000 people of the group (age band or sex).", "per 100,000 people"),
        ["rate_lower_95"] = ("number", "Lower 95% limit of the rate (exact Poisson below 10, Byar from 10).", "per 100,000 people"),
        ["rate_upper_95"] = ("number", "Upper 95% limit of the rate (exact Poisson below 10, Byar from 10).", "per 100,000 people"),
        ["expected_share"] = ("string", "The share a standard expects (one figure or a range, from the study file).", null),
        ["against_expected"] = ("string", "below / within / above the expected share: the share's 95% limits wholly below, reaching, or wholly above it.", null),
        ["relative_rank"] = ("number", "The decile's relative rank: the midpoint of its share of the population, most deprived first (0 to 1), as the slope index of inequality uses it.", null),
        ["measure"] = ("string", "rate (by decile), sii (slope index) or rii (relative index of inequality).", null),
        ["level"] = ("string", "The study level (lsoa, ward, lad, ...).", null),
        ["x"] = ("string", "The explanatory column (deprivation).", null),
        ["n"] = ("integer", "Areas in the calculation.", "areas"),
        ["rate"] = ("number", "The indicator's rate, per its multiplier; empty when its count is withheld.", null),
        ["lower_95"] = ("number", "Lower 95% confidence limit.", null),
        ["upper_95"] = ("number", "Upper 95% confidence limit.", null),
        ["lower_998"] = ("number", "Lower 99.8% confidence limit.", null),
        ["upper_998"] = ("number", "Upper 99.8% confidence limit.", null),
        ["method"] = ("string", "Method of the limits (exact Poisson, Byar, ...) or suppressed.", null),
        ["parent_code"] = ("string", "Code of the area one level up.", null),
        ["parent_name"] = ("string", "Name of the area one level up.", null),
        ["parent_rate"] = ("number", "Rate of the area one level up.", null),
        ["comparison"] = ("string", "better / similar / worse than the benchmark (Fingertips method: its 95% limits against the benchmark rate).", null),
        ["rank"] = ("integer", "Rank among the listed areas, highest rate first (ties share the best rank).", null),
        ["of"] = ("integer", "Areas ranked.", null),
        ["tied"] = ("boolean", "Whether the rank is shared.", null),
        ["group_rate"] = ("number", "The listed areas' events over their summed denominators.", null),
        ["gi_z"] = ("number", "Getis-Ord Gi* z-score.", null),
        ["gi_p"] = ("number", "Two-sided p-value of Gi*.", null),
        ["moran_i"] = ("number", "Moran's I (local or global).", null),
        ["moran_p"] = ("number", "Permutation p-value of local Moran's I.", null),
        ["cluster"] = ("string", "Local Moran cluster: HH, LL, HL, LH or ns (not significant).", null),
        ["expected_i"] = ("number", "Moran's I expected under no autocorrelation, -1/(n-1).", null),
        ["z_normality"] = ("number", "z-score of Moran's I under normality.", null),
        ["p_normality"] = ("number", "p-value of Moran's I under normality.", null),
        ["p_permutation"] = ("number", "Permutation p-value of Moran's I.", null),
        ["permutations"] = ("integer", "Random permutations used.", null),
        ["pearson_r"] = ("number", "Pearson correlation coefficient.", null),
        ["pearson_p"] = ("number", "Two-sided p-value of Pearson's r.", null),
        ["spearman_rho"] = ("number", "Spearman rank correlation.", null),
        ["spearman_p"] = ("number", "Two-sided p-value of Spearman's rho (t approximation).", null),
        ["slope"] = ("number", "Ordinary least squares slope.", null),
        ["intercept"] = ("number", "Ordinary least squares intercept.", null),
        ["r_squared"] = ("number", "Share of variance explained by the line.", null),
    };

    /// <summary>
    /// The field for <paramref name="column"/>; an indicator's columns (<c>&lt;name&gt;_count</c>, its rate, limits and
    /// method) are described with the indicator's label from <paramref name="indicatorLabel"/>, deprivation deciles
    /// with the edition of the index they come from (<paramref name="deprivationIndex"/>: <c>IMD 2019</c>, <c>WIMD 2019</c>).
    /// </summary>
    public static TableField Describe(string column, Func<string, string?> indicatorLabel, string deprivationIndex = "IMD 2019")
    {
        if (Fixed.TryGetValue(column, out var known))
        {
            return new TableField(column, known.Type, known.Description, known.Unit);
        }

        if (OutcomeArea(column) is { } outcome)
        {
            return outcome;
        }

        switch (column)
        {
            case IndicatorColumnNames.DeprivationDecile:
                return new TableField(column, "integer", $"{deprivationIndex} decile of the LSOA (1 = most deprived 10%).");
            case IndicatorColumnNames.DeprivationMean:
                return new TableField(column, "number", $"Mean {deprivationIndex} decile of the area's LSOAs.");
            case IndicatorColumnNames.DeprivationWeightedMean:
                return new TableField(column, "number", $"Population-weighted mean {deprivationIndex} decile of the area's LSOAs.");
        }

        if (Flag(column) is { } flag)
        {
            return flag;
        }

        if (IndicatorColumnNames.ParseRate(column) is { } rate && indicatorLabel(rate.Indicator) is { } rateLabel)
        {
            var per = rate.Per.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            return new TableField(column, "number", $"{rateLabel}: crude rate; empty when the count is withheld.", $"per {per} {rate.Group?.Replace('_', ' ') ?? "residents"}");
        }

        foreach (var (suffix, type, what) in IndicatorSuffixes)
        {
            var indicator = column.EndsWith(suffix, StringComparison.Ordinal) ? column[..^suffix.Length] : null;
            if (indicator is not null && indicatorLabel(indicator) is { } label)
            {
                return new TableField(column, type, $"{label}: {what}");
            }
        }

        return new TableField(column, "string", "A column passed through from the input.");
    }

    /// <summary>A column of <c>&lt;level&gt;_outcomes.csv</c>, or null.</summary>
    private static TableField? OutcomeArea(string column)
    {
        if (column == "service")
        {
            return new TableField(column, "string", "The service whose cases are counted: adult or children.");
        }

        if (Outcomes.AreaMeasure.Bases.FirstOrDefault(b => b.Column == column) is { Column: not null } areaBase)
        {
            return new TableField(column, "integer", $"{areaBase.Description}." + Withheld, "cases");
        }

        foreach (var measure in Outcomes.AreaMeasure.All)
        {
            var suffix = column.StartsWith(measure.Column, StringComparison.Ordinal) ? column[measure.Column.Length..] : null;
            var field = suffix switch
            {
                "" => new TableField(column, "integer", $"{measure.Description}." + Withheld, "cases"),
                "_percent" => new TableField(column, "number", $"{measure.Description}, as a percentage of its base; empty when the count or base is withheld.", "%"),
                "_lower_95" => new TableField(column, "number", $"Lower 95% limit of {measure.Column}_percent (Wilson score).", "%"),
                "_upper_95" => new TableField(column, "number", $"Upper 95% limit of {measure.Column}_percent (Wilson score).", "%"),
                _ => null,
            };
            if (field is not null)
            {
                return field;
            }
        }

        return null;
    }

    private static readonly (string Suffix, string Type, string What)[] IndicatorSuffixes =
    [
        ("_count", "integer", "events counted in the area." + Withheld),
        ("_lower_95", "number", "lower 95% confidence limit of the rate."),
        ("_upper_95", "number", "upper 95% confidence limit of the rate."),
        ("_lower_998", "number", "lower 99.8% confidence limit of the rate."),
        ("_upper_998", "number", "upper 99.8% confidence limit of the rate."),
        ("_method", "string", "method of the limits (exact Poisson below 10 events, Byar from 10), or suppressed."),
    ];

    /// <summary>The field of a <see cref="SuppressionFlags"/> column (<c>count_suppressed</c>); <c>null</c> for any other column.</summary>
    public static TableField? Flag(string column)
    {
        if (!column.EndsWith(SuppressionFlags.FlagOf(""), StringComparison.Ordinal))
        {
            return null;
        }

        var flagged = column[..^SuppressionFlags.FlagOf("").Length];
        return new TableField(column, "boolean", $"true when {flagged} is withheld by disclosure control (it is then empty, as are the values built on it); false when shown, so an empty {flagged} with false is missing, not withheld.");
    }
}
