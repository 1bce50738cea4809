using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The typed results of a run's measures that more than one output shows, computed once: the needs tables and
/// the charts read them, so <c>inequality.csv</c> and the rates-by-decile chart, or <c>&lt;level&gt;_change.csv</c>
/// and the quadrant chart, cannot disagree.
/// </summary>
/// <param name="Deciles">Each indicator's rates by deprivation decile of the base level's areas (<see cref="InequalityMeasure.Deciles"/>); null when the study reads no deprivation.</param>
/// <param name="Inequality">Each indicator's decile rates with the slope and relative indexes of inequality; null unless <c>needs.inequality</c> asks for them.</param>
/// <param name="Change">Each level's and indicator's change between the study's periods (<see cref="StudyChange"/>); absent for an input with fewer than two months.</param>
/// <param name="Trend">
/// Each level's and indicator's rates per period of the study's <c>periods</c> and against its baseline
/// (<see cref="StudyTrend"/>); absent when the study has no periods or the indicator's input does not cover them.
/// </param>
public sealed record StudyMeasures(
    IReadOnlyList<IReadOnlyList<DecileRate>>? Deciles,
    IReadOnlyList<InequalityResult>? Inequality,
    IReadOnlyDictionary<(string Level, int Indicator), ChangeAssessment> Change,
    IReadOnlyDictionary<(string Level, int Indicator), TrendAssessment> Trend)
{
    /// <summary>Computes the measures of a run from its levels, tables and counted inputs.</summary>
    /// <param name="periodDenominators">Per period, each indicator's own denominators per base area, or null (<see cref="StudyPeriods.Denominators"/>).</param>
    /// <param name="cells">The areas the inputs were counted in.</param>
    internal static StudyMeasures Of(StudyDefinition study, IReadOnlyList<StudyLevel> levels, StudyCells cells, IReadOnlyList<LevelTable> tables, IReadOnlyList<InputResult> inputs,
        IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>?> periodDenominators)
    {
        IReadOnlyList<IReadOnlyList<DecileRate>>? deciles = null;
        IReadOnlyList<InequalityResult>? inequality = null;
        if (study.Deprivation is not null)
        {
            deciles = [.. study.Indicators.Select((d, i) => InequalityMeasure.Deciles(StudyInequality.Areas(tables[0], i), d.Per))];
            if (study.Needs?.Inequality == true)
            {
                inequality = [.. deciles.Select((rates, i) => InequalityMeasure.Calculate(rates, study.Indicators[i].Per))];
            }
        }

        var change = new Dictionary<(string, int), ChangeAssessment>();
        var trend = new Dictionary<(string, int), TrendAssessment>();
        foreach (var (indicator, i) in study.Indicators.Select((d, i) => (d, i)))
        {
            var input = inputs.Single(x => x.Definition.Name == indicator.Input);
            if (StudyPeriods.Covers(study, input))
            {
                foreach (var (level, table) in levels.Zip(tables))
                {
                    trend[(level.Name, i)] = StudyTrend.Assess(study, level, table, tables[0], cells.Codes, input, i, periodDenominators);
                }
            }

            if (StudyChange.Periods(study, input) is not { } periods)
            {
                continue;
            }

            foreach (var (level, table) in levels.Zip(tables))
            {
                change[(level.Name, i)] = StudyChange.Assess(level, table, input, i, indicator.Per, periods, study.Annualise);
            }
        }

        return new StudyMeasures(deciles, inequality, change, trend);
    }
}
