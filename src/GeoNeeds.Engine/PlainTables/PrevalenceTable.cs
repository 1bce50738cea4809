using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>prevalence</c> table: <c>area_code,sex,age,population</c> (and optionally <c>area_name</c>) in; per area
/// <see cref="PrevalenceLayout"/>'s columns out (<see cref="PrevalenceMeasure"/>), with
/// <c>recorded,recorded_per_expected</c> when a table of recorded numbers is given.
/// </summary>
public static class PrevalenceTable
{
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

    /// <summary>Each area's first non-empty <c>area_name</c>, when the table has that column.</summary>
    public static IReadOnlyDictionary<string, string> Names(InputTable<PopulationCount> table)
    {
        var column = table.Columns.ToList().FindIndex(c => string.Equals(c, "area_name", StringComparison.OrdinalIgnoreCase));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => column >= 0 && r.Fields[column].Length > 0))
        {
            names.TryAdd(row.Value.AreaCode, row.Fields[column]);
        }

        return names;
    }

    /// <summary>Reads <c>area_code,recorded</c> (e.g. recorded incidents per area); other columns are ignored.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a number is not a number or is negative.</exception>
    public static IReadOnlyDictionary<string, double> ReadRecorded(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<(string Code, double Recorded)>(input, "area_code", table =>
        {
            var (code, recorded) = (table.Column("area_code"), table.Column("recorded"));
            return row => (row.RequiredText(code), IndicatorFields.ZeroOrMore(row, recorded));
        }, warnings).Values.ToDictionary(r => r.Code, r => r.Recorded, StringComparer.Ordinal);

    /// <summary>
    /// Warns of areas missing from either table: one with population but no recorded number gets empty comparison
    /// fields, one with a recorded number but no population rows is left out.
    /// </summary>
    public static void WarnUnmatched(IReadOnlyList<PrevalenceResult> areas, IReadOnlyDictionary<string, double> recorded, string recordedName, ICollection<InputWarning>? warnings)
    {
        foreach (var code in areas.Select(a => a.Expected.AreaCode).Where(code => !recorded.ContainsKey(code)))
        {
            warnings?.Add(new InputWarning(recordedName, 0, $"{code} has population but no recorded number; its comparison is left empty"));
        }

        foreach (var code in recorded.Keys.Except(areas.Select(a => a.Expected.AreaCode)).Order(StringComparer.Ordinal))
        {
            warnings?.Add(new InputWarning(recordedName, 0, $"{code} has a recorded number but no population rows; it is left out"));
        }
    }

    /// <summary>Writes one row per area in <see cref="PrevalenceLayout"/>.</summary>
    public static void Write(string path, IReadOnlyList<PrevalenceResult> areas, bool withRecorded, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        CsvTableWriter.Write(path, PrevalenceLayout.Columns(withRecorded), areas.Select(area => PublishedNumber.WithoutNoise(PrevalenceLayout.Row(area, withRecorded))), formulas);

    private static AgeBand Age(CsvRow row, CsvColumn column, PrevalenceSurvey survey)
    {
        var ages = AgeBand.TryParse(row[column], out var band) ? band : throw row.Fault(column.Name, AgeBand.NotABand(row[column]));
        return survey.Match(ages, out _) != SurveyAgeMatch.Straddles
            ? ages
            : throw row.Fault(column.Name, $"age band {ages} does not match the bands of {survey.Edition} ({survey.BandsText}): give single years or bands within one of them");
    }
}
