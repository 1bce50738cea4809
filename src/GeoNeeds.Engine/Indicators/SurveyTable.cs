using System.Reflection;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Prevalence survey tables: those GeoNeeds carries (<c>Stats/Surveys/*.csv</c>, embedded) and any CSV of the
/// same columns, <c>edition,measure,source,age,men,women,all</c>, one closed age band per row, percentages.
/// </summary>
public static class SurveyTable
{
    /// <summary>The edition the <c>prevalence</c> verb uses unless told otherwise.</summary>
    public const string DefaultEdition = "csew-2021";

    private const string ResourcePrefix = "GeoNeeds.Engine.Stats.Surveys.";

    /// <summary>The editions built in, e.g. <c>csew-2021</c>.</summary>
    public static IReadOnlyList<string> Editions { get; } =
        [.. typeof(SurveyTable).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..^4])
            .Order(StringComparer.Ordinal)];

    /// <summary>A built-in edition by name, or a survey table CSV by path.</summary>
    /// <exception cref="InputDataException">The edition is unknown and no such file exists, or the table is faulty.</exception>
    public static PrevalenceSurvey Load(string editionOrPath)
    {
        if (Editions.Contains(editionOrPath, StringComparer.Ordinal))
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"{ResourcePrefix}{editionOrPath}.csv")!;
            return Read(TableInput.FromStream(stream, $"{editionOrPath} (built in)"));
        }

        return File.Exists(editionOrPath)
            ? Read(TableInput.FromFile(editionOrPath))
            : throw new InputDataException(editionOrPath,
                $"unknown survey edition; GeoNeeds has {string.Join(", ", Editions)}, or give a CSV file with columns edition,measure,source,age,men,women,all");
    }

    /// <summary>Reads a survey table: one edition, closed non-overlapping age bands, percentages from 0 to 100.</summary>
    /// <exception cref="InputDataException">A column is missing; the edition, measure or source differs between rows; a band is open, repeats or overlaps another; a percentage is outside 0–100.</exception>
    public static PrevalenceSurvey Read(TableInput input) => input.Read(table =>
    {
        var (edition, measure, source, age) = (table.Column("edition"), table.Column("measure"), table.Column("source"), table.Column("age"));
        var percents = new[] { table.Column("men"), table.Column("women"), table.Column("all") };
        var bands = new List<(SurveyBand Band, long Line)>();
        CsvRow? first = null;
        foreach (var row in table.WellFormedRows())
        {
            first ??= row;
            foreach (var column in new[] { edition, measure, source })
            {
                if (row[column] != first[column])
                {
                    throw row.Fault(column.Name, $"'{row[column]}' differs from line {first.Line}; a survey table holds one {column.Name}");
                }
            }

            var band = AgeBand.TryParse(row[age], out var parsed) && parsed.To is not null
                ? parsed
                : throw row.Fault(age.Name, $"'{row[age]}' is not a closed age band such as 16-19 or 45");
            if (bands.FirstOrDefault(b => b.Band.Ages.Contains(band.From) || band.Contains(b.Band.Ages.From)) is { Band: not null } overlap)
            {
                throw row.Fault(age.Name, $"age band {band} overlaps {overlap.Band.Ages} on line {overlap.Line}");
            }

            var values = percents.Select(column => Percent(row, column)).ToArray();
            bands.Add((new SurveyBand(band, values[0], values[1], values[2]), row.Line));
        }

        return first is null
            ? throw new InputDataException(input.Name, "the survey table has no rows")
            : new PrevalenceSurvey(first[edition], first[measure], first[source], [.. bands.Select(b => b.Band).OrderBy(b => b.Ages.From)]);
    }, null);

    private static double Percent(CsvRow row, CsvColumn column)
    {
        var value = row.Number(column);
        return value is >= 0 and <= 100 ? value : throw row.Fault(column.Name, $"{value} is not a percentage from 0 to 100");
    }
}
