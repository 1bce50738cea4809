using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>An area's count of events and its population, the input of a crude rate.</summary>
/// <param name="Population">Null when the table leaves it empty.</param>
public sealed record AreaCount(string AreaCode, double Count, double? Population);

/// <summary>
/// The <c>rates</c> table: <c>area_code,count,population</c> in, the same with
/// <see cref="RateLayout"/>'s columns added out (<see cref="CrudeRate"/>).
/// </summary>
public static class RateTable
{
    /// <summary>
    /// Reads <c>area_code,count,population</c> (other columns are kept). An empty or zero population is a warning:
    /// that area's rate is left empty.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a count or population is not a number or is negative.</exception>
    public static InputTable<AreaCount> Read(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaCount>(input, "area_code", table =>
        {
            var code = table.Column("area_code");
            var count = table.Column("count");
            var population = table.Column("population");
            return row => new AreaCount(
                row.RequiredText(code),
                IndicatorFields.ZeroOrMore(row, count),
                IndicatorFields.Population(row, population, input.Name, $"the rate of {row[code]} is left empty", warnings));
        }, warnings);

    /// <summary>Each area's crude rate per <paramref name="per"/> people with its limits (<see cref="CrudeRate.Calculate"/>).</summary>
    public static IReadOnlyList<RateEstimate> Calculate(IEnumerable<AreaCount> areas, double per) =>
        [.. areas.Select(area => CrudeRate.Calculate(area.Count, area.Population, per))];

    /// <summary>Writes the input's columns and the rates (one per row, in order).</summary>
    public static void Write(string path, InputTable<AreaCount> table, IReadOnlyList<RateEstimate> rates, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        IndicatorCsv.WriteAdding(path, table, RateLayout.Columns(), (_, index) => PublishedNumber.WithoutNoise(RateLayout.Cells(rates[index])), formulas);
}
