using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Io.Population;

/// <summary>Reads the population denominators of rates.</summary>
/// <remarks>
/// Denominators are reference tables: a duplicate, a negative or non-numeric population, or a broken row would
/// make every rate built on them wrong, so each is an <see cref="InputDataException"/> at its line.
/// </remarks>
public static class PopulationReader
{
    /// <summary>
    /// Reads MHCLG's IoD 2019 <c>File_6_-_IoD2019_Population_Denominators.csv</c> as published: area code
    /// (<c>LSOA code (2011)</c>) → <c>Total population: mid 2015 (excluding prisoners)</c> (quoted thousands separators).
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a code repeats; a total is not a number or not positive; a row is malformed.</exception>
    public static IReadOnlyDictionary<string, double> ReadIod2019Totals(string path) => ReadIod2019Totals(path, null);

    /// <inheritdoc cref="ReadIod2019Totals(string)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    public static IReadOnlyDictionary<string, double> ReadIod2019Totals(string path, ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        var code = table.Column("LSOA code (2011)");
        var total = table.Column("Total population: mid 2015 (excluding prisoners)");
        var totals = new KeyedRows<double>(table, code);
        foreach (var row in table.WellFormedRows())
        {
            // Every LSOA was built to hold at least 1,000 people: a total of 0 is a fault, not an empty area.
            totals.Add(row.RequiredText(code), People(row, total, mayBeZero: false), row.Line);
        }

        return totals.ToDictionary();
    }

    /// <summary>
    /// Reads a table <c>area_code,sex,age,population</c>: sex M, F, Male or Female (any case); age a single year
    /// (<c>45</c>), a band (<c>16-19</c>) or an open band (<c>90+</c>). A population of 0 is allowed (small bands).
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a sex or age is not recognised; a population is negative or not a number; an area, sex and age repeat; a row is malformed.</exception>
    public static IReadOnlyList<PopulationCount> ReadByAgeSex(string path) => ReadByAgeSex(path, null);

    /// <inheritdoc cref="ReadByAgeSex(string)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    public static IReadOnlyList<PopulationCount> ReadByAgeSex(string path, ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        var code = table.Column("area_code");
        var sex = table.Column("sex");
        var age = table.Column("age");
        var population = table.Column("population");
        var counts = new KeyedRows<PopulationCount>(table, code);
        foreach (var row in table.WellFormedRows())
        {
            var count = new PopulationCount(row.RequiredText(code), Sex(row, sex), Age(row, age), People(row, population, mayBeZero: true));
            counts.Add($"{count.AreaCode} {count.Sex} {count.Age}", count, row.Line);
        }

        return [.. counts.ToDictionary().Values];
    }

    /// <summary>
    /// Reads a table <c>area_code,group,population</c>: the people of each area in each group of one field, such as
    /// ethnic groups (groups compared without regard to case). A population of 0 is allowed.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    /// <exception cref="InputDataException">A column is missing; a group is empty; a population is negative or not a number; an area and group repeat; a row is malformed; the table has no rows.</exception>
    public static IReadOnlyList<GroupPopulation> ReadByGroup(string path, ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        var code = table.Column("area_code");
        var group = table.Column("group");
        var population = table.Column("population");
        var counts = new KeyedRows<GroupPopulation>(table, code);
        foreach (var row in table.WellFormedRows())
        {
            var count = new GroupPopulation(row.RequiredText(code), row.RequiredText(group), People(row, population, mayBeZero: true));
            counts.Add($"{count.AreaCode} {count.Group.ToUpperInvariant()}", count, row.Line);
        }

        return counts.Count > 0 ? [.. counts.ToDictionary().Values] : throw new InputDataException(path, 1, "", "the table has a header but no rows");
    }

    /// <summary>The total population of each area over all sexes and ages.</summary>
    public static IReadOnlyDictionary<string, double> TotalsByArea(IEnumerable<PopulationCount> counts) =>
        counts.GroupBy(count => count.AreaCode, StringComparer.Ordinal)
            .ToDictionary(area => area.Key, area => area.Sum(count => count.Population), StringComparer.Ordinal);

    private static double People(CsvRow row, CsvColumn column, bool mayBeZero)
    {
        var people = row.Number(column);
        if (people < 0 || (people == 0 && !mayBeZero))
        {
            throw row.Fault(column.Name, $"population {row[column]} must be {(mayBeZero ? "zero or more" : "more than zero")}");
        }

        return people;
    }

    /// <summary>The sex in <paramref name="column"/> as <c>'M'</c> or <c>'F'</c> (M, F, Male(s), Female(s), any case); shared with the prevalence table.</summary>
    /// <exception cref="InputDataException">The field is none of those.</exception>
    internal static char Sex(CsvRow row, CsvColumn column) => row[column].ToUpperInvariant() switch
    {
        "M" or "MALE" or "MALES" => 'M',
        "F" or "FEMALE" or "FEMALES" => 'F',
        _ => throw row.Fault(column.Name, $"sex '{row[column]}' is not M, F, Male or Female"),
    };

    private static AgeBand Age(CsvRow row, CsvColumn column) =>
        AgeBand.TryParse(row[column], out var band) ? band : throw row.Fault(column.Name, AgeBand.NotABand(row[column]));
}
