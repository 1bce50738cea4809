using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>correlate</c> table: any CSV and two of its numeric columns in; one row
/// <see cref="CorrelationLayout"/>'s row out (<see cref="Correlation"/>).
/// </summary>
public static class CorrelationTable
{
    /// <summary>
    /// The pairs of <paramref name="x"/> and <paramref name="y"/> values of the table's rows. A row with either
    /// field empty is left out with a warning.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a field is not a number; fewer than 3 rows have both numbers; a column has one value throughout.</exception>
    public static (IReadOnlyList<double> X, IReadOnlyList<double> Y) Read(TableInput input, string x, string y, ICollection<InputWarning>? warnings = null)
    {
        var rows = IndicatorCsv.Read<(double X, double Y)?>(input, null, table =>
        {
            var (columnX, columnY) = (table.Column(x), table.Column(y));
            return row =>
            {
                if (row[columnX].Length == 0 || row[columnY].Length == 0)
                {
                    warnings?.Add(new InputWarning(input.Name, row.Line, $"{(row[columnX].Length == 0 ? columnX.Name : columnY.Name)} is empty: the row is left out"));
                    return null;
                }

                return (row.Number(columnX), row.Number(columnY));
            };
        }, warnings);

        var pairs = rows.Values.OfType<(double X, double Y)>().ToList();
        if (pairs.Count < Correlation.MinimumPairs)
        {
            throw new InputDataException(input.Name, 1, x,
                $"{pairs.Count} rows have numbers in both {x} and {y}; a correlation needs at least {Correlation.MinimumPairs}");
        }

        foreach (var (column, other, values) in new[] { (x, y, pairs.Select(p => p.X).ToList()), (y, x, pairs.Select(p => p.Y).ToList()) })
        {
            if (values.TrueForAll(v => v == values[0]))
            {
                throw new InputDataException(input.Name, 0, column, string.Create(CultureInfo.InvariantCulture,
                    $"the column has no variation (all {values.Count} values are {values[0]:R}), so its correlation with {other} is undefined"));
            }
        }

        return ([.. pairs.Select(p => p.X)], [.. pairs.Select(p => p.Y)]);
    }

    /// <summary>Writes the one-row table of <paramref name="summary"/> (<see cref="CorrelationLayout"/>).</summary>
    public static void Write(string path, CorrelationSummary summary) =>
        CsvTableWriter.Write(path, CorrelationLayout.Columns, [PublishedNumber.WithoutNoise(CorrelationLayout.Cells(summary))]);
}
