using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// The <c>prevalence</c> table: <c>area_code,sex,age,population</c> in; per area
/// <c>area_code,population_in_range,expected_men,expected_women,expected_all</c> out (<see cref="ExpectedPrevalence"/>),
/// with <c>recorded,recorded_per_expected</c> when a table of recorded numbers is given.
/// </summary>
public static class PrevalenceTable
{
    /// <summary>The output columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area_code", "population_in_range", "expected_men", "expected_women", "expected_all"];

    /// <summary>The columns added when recorded numbers are compared.</summary>
    public static IReadOnlyList<string> RecordedColumns { get; } = ["recorded", "recorded_per_expected"];

    /// <summary>
    /// Reads <c>area_code,sex,age,population</c>: sex M, F, Male or Female (any case); age a single year or a band
    /// within one of <paramref name="survey"/>'s bands. Rows wholly outside the survey's ages are kept (and
    /// ignored by the calculation) with one warning saying how many.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a sex, age or population is not valid; an age band straddles the survey's bands; ages of one area and sex overlap.</exception>
    public static InputTable<PopulationCount> Read(TableInput input, PrevalenceSurvey survey, ICollection<InputWarning>? warnings = null)
    {
        var table = IndicatorCsv.Read<PopulationCount>(input, null, csv =>
        {
            var (code, sex, age, population) = (csv.Column("area_code"), csv.Column("sex"), csv.Column("age"), csv.Column("population"));
            var seen = new Dictionary<(string, char), List<(AgeBand Ages, long Line)>>();
            return row =>
            {
                var count = new PopulationCount(row.RequiredText(code), PopulationReader.Sex(row, sex), Age(row, age, survey), IndicatorFields.ZeroOrMore(row, population));
                var ages = seen.TryGetValue((count.AreaCode, count.Sex), out var list) ? list : seen[(count.AreaCode, count.Sex)] = [];
                if (ages.FirstOrDefault(a => a.Ages.Contains(count.Age.From) || count.Age.Contains(a.Ages.From)) is { Ages: not null } overlap)
                {
                    throw row.Fault(age.Name, overlap.Ages == count.Age
                        ? $"{count.AreaCode} {count.Sex} {count.Age} is listed again (first on line {overlap.Line})"
                        : $"age {count.Age} overlaps {overlap.Ages} of {count.AreaCode} {count.Sex} on line {overlap.Line}");
                }

                ages.Add((count.Age, row.Line));
                return count;
            };
        }, warnings);

        var outside = table.Values.Where(count => survey.Match(count.Age, out _) == SurveyAgeMatch.Outside).ToList();
        if (outside.Count > 0)
        {
            var people = outside.Sum(count => count.Population).ToString("R", CultureInfo.InvariantCulture);
            warnings?.Add(new InputWarning(input.Name, 0, $"{outside.Count} rows ({people} people) are outside the ages of {survey.Edition} ({survey.BandsText}) and were not counted"));
        }

        return table;
    }

    /// <summary>Expected victims per area (<see cref="ExpectedPrevalence.ForAreas"/>).</summary>
    public static IReadOnlyList<ExpectedVictims> Calculate(IEnumerable<PopulationCount> counts, PrevalenceSurvey survey) =>
        ExpectedPrevalence.ForAreas(counts, survey);

    /// <summary>Reads <c>area_code,recorded</c> (e.g. recorded incidents per area); other columns are ignored.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a number is not a number or is negative.</exception>
    public static IReadOnlyDictionary<string, double> ReadRecorded(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<(string Code, double Recorded)>(input, "area_code", table =>
        {
            var (code, recorded) = (table.Column("area_code"), table.Column("recorded"));
            return row => (row.RequiredText(code), IndicatorFields.ZeroOrMore(row, recorded));
        }, warnings).Values.ToDictionary(r => r.Code, r => r.Recorded, StringComparer.Ordinal);

    /// <summary>
    /// Writes one row per area; with <paramref name="recorded"/>, the recorded number and recorded ÷ expected.
    /// An area missing from either table gets empty comparison fields and a warning.
    /// </summary>
    public static void Write(string path, IReadOnlyList<ExpectedVictims> areas, IReadOnlyDictionary<string, double>? recorded = null, string recordedName = "recorded", ICollection<InputWarning>? warnings = null)
    {
        if (recorded is not null)
        {
            foreach (var code in areas.Select(a => a.AreaCode).Where(code => !recorded.ContainsKey(code)))
            {
                warnings?.Add(new InputWarning(recordedName, 0, $"{code} has population but no recorded number; its comparison is left empty"));
            }

            foreach (var code in recorded.Keys.Except(areas.Select(a => a.AreaCode)).Order(StringComparer.Ordinal))
            {
                warnings?.Add(new InputWarning(recordedName, 0, $"{code} has a recorded number but no population rows; it is left out"));
            }
        }

        IReadOnlyList<string> header = recorded is null ? Columns : [.. Columns, .. RecordedColumns];
        CsvTableWriter.Write(path, header, areas.Select(area =>
        {
            IReadOnlyList<object?> values = [area.AreaCode, area.PopulationInRange, area.Men, area.Women, area.All];
            if (recorded is null)
            {
                return values;
            }

            double? count = recorded.TryGetValue(area.AreaCode, out var r) ? r : null;
            return [.. values, count, count is { } c && area.All > 0 ? c / area.All : null];
        }));
    }

    private static AgeBand Age(CsvRow row, CsvColumn column, PrevalenceSurvey survey)
    {
        var ages = AgeBand.TryParse(row[column], out var band) ? band : throw row.Fault(column.Name, AgeBand.NotABand(row[column]));
        return survey.Match(ages, out _) != SurveyAgeMatch.Straddles
            ? ages
            : throw row.Fault(column.Name, $"age band {ages} does not match the bands of {survey.Edition} ({survey.BandsText}): give single years or bands within one of them");
    }
}
