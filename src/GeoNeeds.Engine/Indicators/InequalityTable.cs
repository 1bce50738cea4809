using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's count of events, population and IMD decile (1 = most deprived 10%).</summary>
/// <param name="Population">Null when the table leaves it empty; the area is then left out of its decile.</param>
public sealed record AreaDeprivation(string AreaCode, double Count, double? Population, int Decile);

/// <summary>The events and people of one IMD decile, its rate and its relative rank (null when it has no people).</summary>
public sealed record DecileRate(int Decile, double Count, double Population, double? RelativeRank, RateEstimate Rate);

/// <summary>Rates by decile, the overall rate, and the slope and relative indexes of inequality across the deciles.</summary>
public sealed record InequalityResult(IReadOnlyList<DecileRate> Deciles, RateEstimate Overall, InequalityEstimate Index);

/// <summary>
/// The <c>inequality</c> table: <c>area_code,count,population,imd_decile</c> in; rates by decile with limits
/// (<see cref="CrudeRate"/>), the overall rate, and SII and RII with limits (<see cref="InequalityIndex"/>) out,
/// one measure per row.
/// </summary>
public static class InequalityTable
{
    /// <summary>The output columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["measure", "imd_decile", "count", "population", "relative_rank", "value", "lower_95", "upper_95", "lower_998", "upper_998", "method"];

    /// <summary>Reads the table; an empty population is a warning and leaves the area out.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a count or population is not a number or is negative; a decile is not 1–10.</exception>
    public static InputTable<AreaDeprivation> Read(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaDeprivation>(input, "area_code", table =>
        {
            var (code, count, population, decile) = (table.Column("area_code"), table.Column("count"), table.Column("population"), table.Column("imd_decile"));
            return row => new AreaDeprivation(
                row.RequiredText(code),
                IndicatorFields.ZeroOrMore(row, count),
                IndicatorFields.Population(row, population, input.Name, $"{row[code]} is left out of its decile", warnings, zeroLeavesEmpty: false),
                IndicatorFields.Decile(row, decile));
        }, warnings);

    /// <summary>
    /// Sums events and people by decile, gives each decile's crude rate per <paramref name="per"/> with limits,
    /// and the SII and RII over the deciles that have people, most deprived first.
    /// </summary>
    public static InequalityResult Calculate(IEnumerable<AreaDeprivation> areas, double per, int repetitions = InequalityIndex.DefaultRepetitions, int seed = InequalityIndex.DefaultSeed)
    {
        var deciles = areas.Where(a => a.Population is not null)
            .GroupBy(a => a.Decile)
            .OrderBy(g => g.Key)
            .Select(g => (Decile: g.Key, Count: g.Sum(a => a.Count), Population: g.Sum(a => a.Population!.Value)))
            .ToList();
        var populated = deciles.Where(d => d.Population > 0).ToList();
        var rates = deciles.ToDictionary(d => d.Decile, d => CrudeRate.Calculate(d.Count, d.Population, per));
        var index = InequalityIndex.Calculate(
            [.. populated.Select(d => new QuantileRate(d.Population, rates[d.Decile].Value!.Value, rates[d.Decile].Lower95, rates[d.Decile].Upper95))], repetitions, seed);
        var ranks = index.RelativeRanks.Count == populated.Count
            ? populated.Select((d, i) => (d.Decile, Rank: index.RelativeRanks[i])).ToDictionary(r => r.Decile, r => (double?)r.Rank)
            : [];
        var overall = CrudeRate.Calculate(deciles.Sum(d => d.Count), deciles.Sum(d => d.Population), per);
        return new InequalityResult(
            [.. deciles.Select(d => new DecileRate(d.Decile, d.Count, d.Population, ranks.GetValueOrDefault(d.Decile), rates[d.Decile]))],
            overall,
            index);
    }

    /// <summary>Writes a <c>rate</c> row per decile and for <c>all</c>, then the <c>sii</c> and <c>rii</c> rows.</summary>
    public static void Write(string path, InequalityResult result)
    {
        var rows = result.Deciles.Select(d => RateRow(d.Decile, d.Count, d.Population, d.RelativeRank, d.Rate))
            .Append(RateRow("all", result.Overall.Count, result.Overall.Population, null, result.Overall))
            .Append(IndexRow("sii", result.Index.Sii, result.Index.Method))
            .Append(IndexRow("rii", result.Index.Rii, result.Index.Method));
        CsvTableWriter.Write(path, Columns, rows);
    }

    private static IReadOnlyList<object?> RateRow(object decile, double count, double? population, double? rank, RateEstimate rate) =>
        ["rate", decile, count, population, rank, rate.Value, rate.Lower95, rate.Upper95, rate.Lower998, rate.Upper998, rate.Method];

    private static IReadOnlyList<object?> IndexRow(string measure, LimitedValue index, string method) =>
        [measure, null, null, null, null, index.Value, index.Lower95, index.Upper95, index.Lower998, index.Upper998, method];
}
