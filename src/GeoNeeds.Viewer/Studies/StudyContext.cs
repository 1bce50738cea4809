using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Charts;

namespace GeoNeeds.Viewer.Studies;

/// <summary>One level of a study run with its table, for drawing.</summary>
internal sealed record LevelGraphics(StudyLevel Level, LevelTable Table)
{
    public string Name => Level.Name;

    /// <summary>The level as titles name it: "LSOA", "MSOA", "authority", else the study's name ("ward").</summary>
    public string Title => Name switch
    {
        "lsoa" => "LSOA",
        "msoa" => "MSOA",
        "lad" => "authority",
        _ => Name,
    };
}

/// <summary>What every map and chart of a study run needs: titles, period, benchmarks and the suppression rule.</summary>
internal sealed class StudyContext(StudyResult result)
{
    public StudyResult Result { get; } = result;

    public StudyDefinition Study => Result.Definition;

    public IReadOnlyList<LevelGraphics> Levels { get; } = [.. result.Levels.Zip(result.Tables, (l, t) => new LevelGraphics(l, t))];

    public LevelGraphics Base => Levels.First(l => l.Level.IsBase);

    public string Attribution => string.Join(" ", Study.Attribution);

    /// <summary>The index the study's deprivation deciles come from; <c>null</c> when it reads none.</summary>
    public DeprivationIndex? Deprivation => Result.DeprivationIndex;

    /// <summary>Whether the run's disclosure control withholds the indicator's count in the area (and so its rate).</summary>
    public bool IsWithheld(LevelGraphics level, string code, int indicator) =>
        Result.Disclosure.IsSuppressed(CountCellKey.Whole(Study.Indicators[indicator].Input, level.Name, code));

    /// <summary>The indicator's rate in each area of a level, withheld where the run withholds its count.</summary>
    public IReadOnlyList<AreaRate> Rates(LevelGraphics level, int indicator) => [.. level.Table.Rows.Select(row =>
    {
        var value = row.Indicators[indicator];
        var suppressed = IsWithheld(level, row.Code, indicator);
        var rate = value.Rate;
        return suppressed
            ? new AreaRate(row.Code, row.Name, null, null, null, row.Population, null, true, row.DeprivationMean)
            : new AreaRate(row.Code, row.Name, rate.Value, rate.Lower95, rate.Upper95, row.Population, value.Count, false, row.DeprivationMean);
    })];

    /// <summary>The study area's overall rate: every base area's events over every base area's population.</summary>
    public double? OverallRate(int indicator)
    {
        var rows = Base.Table.Rows.Where(r => r.Population is > 0).ToList();
        return CrudeRate.Calculate(rows.Sum(r => r.Indicators[indicator].Count), rows.Sum(r => r.Population!.Value), Study.Indicators[indicator].Per).Value;
    }

    public string Label(int indicator) => Study.Indicators[indicator].Label ?? Study.Indicators[indicator].Name;

    public string Per(int indicator) => $"per {Study.Indicators[indicator].Per.ToString("N0", CultureInfo.InvariantCulture)} residents";

    /// <summary>"Saltmere …, Apr 2025 – Mar 2026, per 1,000 residents": the subtitle of an indicator's graphics.</summary>
    public string Subtitle(int indicator) => string.Join(", ", new[] { Period(InputOf(indicator)), Per(indicator) }.Where(s => s.Length > 0));

    public InputResult InputOf(int indicator) => Result.Inputs.Single(i => i.Definition.Name == Study.Indicators[indicator].Input);

    /// <summary>The first and last month with events, e.g. "Apr 2025 – Mar 2026"; empty when the input has no months.</summary>
    public static string Period(InputResult input)
    {
        var months = input.Counts.Cells.Select(c => c.Month).Where(m => m.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return months.Count == 0 ? "" : Period(months[0], months[^1]);
    }

    /// <summary>"Apr 2025 – Sep 2025", or "Apr 2025" for a single month.</summary>
    public static string Period(string first, string last) => first == last ? MonthName(first) : $"{MonthName(first)} – {MonthName(last)}";

    private static string MonthName(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : month;
}
