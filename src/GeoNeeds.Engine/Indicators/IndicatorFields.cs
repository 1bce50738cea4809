using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Indicators;

/// <summary>The checks the indicator tables make on their fields, each a fault at file:line:column.</summary>
internal static class IndicatorFields
{
    /// <summary>A number of zero or more: a count of events, spaces, people or staff.</summary>
    /// <exception cref="InputDataException">The field is empty, not a number, or negative.</exception>
    public static double ZeroOrMore(CsvRow row, CsvColumn column)
    {
        var value = row.Number(column);
        return value >= 0 ? value : throw row.Fault(column.Name, $"{column.Name} {row[column]} must be zero or more");
    }

    /// <summary>
    /// A population that may be missing: an empty field is null and, like a 0 when <paramref name="zeroLeavesEmpty"/>,
    /// warns that <paramref name="leftEmpty"/> (e.g. "the rate of X01000001 is left empty").
    /// </summary>
    /// <param name="table">The table's name for the warning (a stream's, not its temporary file's).</param>
    /// <exception cref="InputDataException">The field is not a number, or negative.</exception>
    public static double? Population(CsvRow row, CsvColumn column, string table, string leftEmpty, ICollection<InputWarning>? warnings, bool zeroLeavesEmpty = true)
    {
        double? people = row[column].Length == 0 ? null : ZeroOrMore(row, column);
        if (people is null || (people == 0 && zeroLeavesEmpty))
        {
            warnings?.Add(new InputWarning(table, row.Line, $"{column.Name} is {(people is null ? "empty" : "0")}: {leftEmpty}"));
        }

        return people;
    }

    /// <summary>An IMD decile: a whole number from 1 (most deprived 10%) to 10 (least deprived).</summary>
    /// <exception cref="InputDataException">The field is not a whole number from 1 to 10.</exception>
    public static int Decile(CsvRow row, CsvColumn column) =>
        TableNumber.TryParseWhole(row[column], out var decile) && decile is >= 1 and <= 10
            ? (int)decile
            : throw row.Fault(column.Name, $"decile '{row[column]}' is not a whole number from 1 (most deprived) to 10 (least deprived)");
}
