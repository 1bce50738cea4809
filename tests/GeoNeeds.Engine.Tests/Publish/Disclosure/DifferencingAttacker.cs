using System.Globalization;
using System.Text.Json;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Publish.Disclosure;

/// <summary>
/// An attacker who reads a study's published files (and knows the public area lookup) and tries to recover withheld
/// counts: a parent's count minus its children's, an area's total minus its monthly cells or periods, a decile minus
/// its LSOAs, a value total minus its areas, the change column with one period shown, and any rate or percentage
/// shown beside a withheld count, a trend period against its months and the baseline against its periods
/// (<c>DifferencingAttacker.Trend.cs</c>); each recovered count is used again until nothing more gives way. It works from
/// the files alone, independently of the engine's own list of sums.
/// </summary>
internal sealed partial class DifferencingAttacker
{
    private readonly Dictionary<string, long?> _known = [];
    private readonly HashSet<string> _withheld = [];
    private readonly List<(string Total, string[] Parts)> _sums = [];
    private readonly List<(string Key, Func<long?> Reveal)> _leaks = [];

    /// <summary>How many figures the files publish as counts (each key once).</summary>
    public int Published => _known.Count;

    /// <summary>How many of them are withheld.</summary>
    public int Withheld => _withheld.Count;

    /// <summary>The withheld figures' keys (<c>period|input|level|area|period</c>, …).</summary>
    public IReadOnlyCollection<string> WithheldKeys => _withheld;

    public static DifferencingAttacker Read(string folder, StudyResult result)
    {
        var attacker = new DifferencingAttacker();
        attacker.ReadAll(folder, result);
        return attacker;
    }

    /// <summary>The withheld counts recovered, with how.</summary>
    public IReadOnlyList<string> Attack()
    {
        var recovered = new List<string>();
        bool progress;
        do
        {
            progress = false;
            foreach (var (key, reveal) in _leaks.Where(l => _known[l.Key] is null))
            {
                if (reveal() is { } value)
                {
                    _known[key] = value;
                    recovered.Add($"{key} = {value} (from a rate or percentage)");
                    progress = true;
                }
            }

            foreach (var (total, parts) in _sums)
            {
                var members = parts.Prepend(total).ToList();
                var unknown = members.Where(m => _known.GetValueOrDefault(m) is null).ToList();
                if (unknown.Count != 1 || !_known.ContainsKey(unknown[0]))
                {
                    continue;
                }

                var value = unknown[0] == total ? parts.Sum(p => _known[p]!.Value) : _known[total]!.Value - parts.Where(p => p != unknown[0]).Sum(p => _known[p]!.Value);
                _known[unknown[0]] = value;
                recovered.Add($"{unknown[0]} = {value} (from {total} = Σ {parts.Length} parts)");
                progress = true;
            }
        }
        while (progress);

        return [.. recovered.Where(r => _withheld.Contains(r[..r.IndexOf(" = ", StringComparison.Ordinal)]))];
    }

    private void ReadAll(string folder, StudyResult result)
    {
        var study = result.Definition;
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run-summary.json")));
        foreach (var input in summary.RootElement.GetProperty("inputs").EnumerateArray())
        {
            Know($"total|{input.GetProperty("name").GetString()}", input.GetProperty("matched").GetInt64().ToString(CultureInfo.InvariantCulture));
        }

        foreach (var level in result.Levels)
        {
            var rows = Csv(folder, $"{level.Name}.csv");
            var codes = rows.Select(r => r["area_code"]).ToList();
            foreach (var indicator in study.Indicators)
            {
                foreach (var row in rows)
                {
                    var key = Whole(indicator.Input, level.Name, row["area_code"]);
                    Know(key, row[$"{indicator.Name}_count"]);
                    var rateColumn = row.Keys.Single(k => k.StartsWith($"{indicator.Name}_rate_per_", StringComparison.Ordinal));
                    LeakThroughRate(key, row[rateColumn], row["population"], indicator.Per);
                }

                Sum($"total|{indicator.Input}", codes.Select(c => Whole(indicator.Input, level.Name, c)));
            }

            ReadMonthly(folder, level, result, codes);
        }

        foreach (var (lower, upper) in result.Levels.SelectMany((u, i) => result.Levels.Take(i).Select(l => (l, u))))
        {
            Hierarchy(result, lower, upper);
        }

        ReadNeeds(folder, result);
        ReadTrend(folder, result);
        ReadMonthCharts(result);
    }

    /// <summary>
    /// The monthly and seasonal charts draw the study area's count of each input each month (their SVG holds the exact
    /// figures), a month the run withholds left as a gap.
    /// </summary>
    private void ReadMonthCharts(StudyResult result)
    {
        var baseLevel = result.Levels[0].Name;
        foreach (var input in result.Inputs)
        {
            var name = input.Definition.Name;
            var months = new List<string>();
            foreach (var month in input.Counts.Cells.Where(c => c.Month.Length > 0).GroupBy(c => c.Month, StringComparer.Ordinal))
            {
                var key = Month(name, "", "TOTAL", month.Key, "");
                var shown = !result.Disclosure.IsSuppressed(CountCellKey.StudyMonth(name, month.Key));
                Know(key, shown ? month.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture) : "*");
                Sum(key, month.Select(c => Month(name, baseLevel, c.Area, c.Month, c.Category)));
                months.Add(key);
            }

            Sum($"total|{name}", months.Concat(input.Counts.Cells.Where(c => c.Month.Length == 0).Select(c => Month(name, baseLevel, c.Area, c.Month, c.Category))));
        }
    }

    private void ReadMonthly(string folder, StudyLevel level, StudyResult result, IReadOnlyList<string> codes)
    {
        var change = result.Definition.Needs?.Change?.ToPeriods();
        var cells = Csv(folder, $"{level.Name}_monthly.csv");
        foreach (var cell in cells)
        {
            Know(Month(cell["input"], level.Name, cell["area_code"], cell["month"], cell["category"]), cell["count"]);
        }

        foreach (var input in result.Inputs.Select(i => i.Definition.Name))
        {
            var byArea = cells.Where(c => c["input"] == input).ToLookup(c => c["area_code"]);
            foreach (var code in codes)
            {
                var keys = byArea[code].Select(c => (c["month"], Key: Month(input, level.Name, code, c["month"], c["category"]))).ToList();
                if (_known.ContainsKey(Whole(input, level.Name, code)))
                {
                    Sum(Whole(input, level.Name, code), keys.Select(k => k.Key));
                }

                if (change is not null)
                {
                    var before = keys.Where(k => change.IsBefore(k.Item1)).Select(k => k.Key).ToList();
                    var after = keys.Where(k => change.IsAfter(k.Item1)).Select(k => k.Key).ToList();
                    Sum(Period(input, level.Name, code, "before"), before);
                    Sum(Period(input, level.Name, code, "after"), after);
                    Sum(Whole(input, level.Name, code), keys.Select(k => k.Key).Except(before).Except(after)
                        .Append(Period(input, level.Name, code, "before")).Append(Period(input, level.Name, code, "after")));
                }
            }
        }
    }

    /// <summary>Where the lookup nests every lower area in one upper area, the upper area's figures are sums.</summary>
    private void Hierarchy(StudyResult result, StudyLevel lower, StudyLevel upper)
    {
        var baseCodes = result.Levels[0].Areas.Select(a => a.Key).ToList();
        var parents = baseCodes.Where(b => lower.CodeFor(b) is not null).GroupBy(b => lower.CodeFor(b)!)
            .ToDictionary(g => g.Key, g => g.Select(upper.CodeFor).Distinct().ToList());
        var families = parents.Where(p => p.Value.Count == 1 && p.Value[0] is not null).GroupBy(p => p.Value[0]!, p => p.Key)
            .Where(f => baseCodes.Where(b => upper.CodeFor(b) == f.Key).All(b => lower.CodeFor(b) is { } c && f.Contains(c)));
        var slices = _known.Keys.Where(k => k.StartsWith("month|", StringComparison.Ordinal) || k.StartsWith("period|", StringComparison.Ordinal) || k.StartsWith("whole|", StringComparison.Ordinal))
            .Select(k => k.Split('|')).Where(p => p[2] == lower.Name)
            .GroupBy(p => string.Join("|", p.Where((_, i) => i != 2 && i != 3)))
            .ToList();
        foreach (var family in families)
        {
            foreach (var slice in slices)
            {
                var parts = slice.Where(p => family.Contains(p[3])).Select(p => string.Join("|", p)).ToList();
                var first = slice.First();
                var total = string.Join("|", first.Select((v, i) => i == 2 ? upper.Name : i == 3 ? family.Key : v));
                if (_known.ContainsKey(total))
                {
                    Sum(total, parts);
                }
            }
        }
    }

    private void ReadNeeds(string folder, StudyResult result)
    {
        var study = result.Definition;
        foreach (var level in result.Levels)
        {
            if (File.Exists(Path.Combine(folder, $"{level.Name}_change.csv")))
            {
                foreach (var row in Csv(folder, $"{level.Name}_change.csv"))
                {
                    var input = study.Indicators.Single(i => i.Name == row["indicator"]).Input;
                    var (before, after) = (Period(input, level.Name, row["area_code"], "before"), Period(input, level.Name, row["area_code"], "after"));
                    Know(before, row["count_before"]);
                    Know(after, row["count_after"]);
                    if (row["change"].Length > 0)
                    {
                        // An annualised change is of counts a year: each count × 12 / its period's months.
                        var periods = study.Needs!.Change!.ToPeriods();
                        var (toBefore, toAfter) = study.Annualise ? (12.0 / periods.MonthsBefore, 12.0 / periods.MonthsAfter) : (1.0, 1.0);
                        var change = double.Parse(row["change"], CultureInfo.InvariantCulture);
                        _leaks.Add((before, () => _known[after] is { } a ? (long)Math.Round(((a * toAfter) - change) / toBefore) : null));
                        _leaks.Add((after, () => _known[before] is { } b ? (long)Math.Round(((b * toBefore) + change) / toAfter) : null));
                    }
                }
            }

            if (File.Exists(Path.Combine(folder, $"{level.Name}_prevalence.csv")) && study.Needs?.Prevalence?.Recorded is { } recorded)
            {
                foreach (var row in Csv(folder, $"{level.Name}_prevalence.csv"))
                {
                    Know(Whole(study.Indicators.First(i => i.Input == recorded).Input, level.Name, row["area_code"]), row["recorded"]);
                }
            }
        }

        if (File.Exists(Path.Combine(folder, "inequality.csv")))
        {
            var lsoa = Csv(folder, $"{result.Levels[0].Name}.csv");
            var rates = Csv(folder, "inequality.csv").Where(r => r["measure"] == "rate").ToList();
            foreach (var row in rates)
            {
                var indicator = study.Indicators.Single(i => i.Name == row["indicator"]);
                var key = $"decile|{indicator.Name}|{row["imd_decile"]}";
                Know(key, row["count"]);
                LeakThroughRate(key, row["value"], row["population"], indicator.Per);
                Sum(key, row["imd_decile"] == "all"
                    ? rates.Where(r => r["indicator"] == indicator.Name && r["imd_decile"] != "all").Select(r => $"decile|{indicator.Name}|{r["imd_decile"]}")
                    : lsoa.Where(l => l["imd_decile"] == row["imd_decile"] && l["population"].Length > 0).Select(l => Whole(indicator.Input, result.Levels[0].Name, l["area_code"])));
            }
        }

        if (study.Needs?.Profiles is { } profiles)
        {
            var rows = Csv(folder, $"{profiles.Level}_profiles.csv");
            foreach (var field in rows.GroupBy(r => (r["field"], r["value"])))
            {
                var valueKey = $"profile|{field.Key.Item1}|{field.Key.Item2}|";
                foreach (var row in field)
                {
                    Know(valueKey + row["area_code"], row["count"]);
                    var area = Whole(profiles.Input, profiles.Level, row["area_code"]);
                    _leaks.Add((valueKey + row["area_code"], () => Percentage(row["percent_of_area"], _known.GetValueOrDefault(area))));
                }

                Sum(valueKey + "TOTAL", field.Where(r => r["area_code"] != "TOTAL").Select(r => valueKey + r["area_code"]));
            }

            foreach (var byArea in rows.Where(r => r["area_code"] != "TOTAL").GroupBy(r => (r["field"], r["area_code"])))
            {
                Sum(Whole(profiles.Input, profiles.Level, byArea.Key.Item2), byArea.Select(r => $"profile|{r["field"]}|{r["value"]}|{r["area_code"]}"));
            }
        }
    }

    private void LeakThroughRate(string key, string rate, string population, double per)
    {
        if (rate.Length > 0 && population.Length > 0)
        {
            var value = double.Parse(rate, CultureInfo.InvariantCulture) * double.Parse(population, CultureInfo.InvariantCulture) / per;
            _leaks.Add((key, () => (long)Math.Round(value)));
        }
    }

    private static long? Percentage(string percent, long? total) =>
        percent.Length > 0 && total is { } t ? (long)Math.Round(double.Parse(percent, CultureInfo.InvariantCulture) * t / 100) : null;

    private void Know(string key, string text)
    {
        long? value = text == "*" ? null : long.Parse(text, CultureInfo.InvariantCulture);
        if (value is null)
        {
            _withheld.Add(key);
            _known.TryAdd(key, null);
        }
        else
        {
            _known[key] = value;
        }
    }

    private void Sum(string total, IEnumerable<string> parts) => _sums.Add((total, [.. parts]));

    private static string Whole(string input, string level, string area) => $"whole|{input}|{level}|{area}";

    private static string Month(string input, string level, string area, string month, string category) => $"month|{input}|{level}|{area}|{month}|{category}";

    private static string Period(string input, string level, string area, string period) => $"period|{input}|{level}|{area}|{period}";

    private static List<Dictionary<string, string>> Csv(string folder, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, name));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(SplitCsv).Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second))];
    }

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
