using System.Globalization;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Publish.Disclosure;

/// <summary>The attacker's reading of <c>&lt;level&gt;_trend.csv</c>.</summary>
internal sealed partial class DifferencingAttacker
{
    private void ReadTrend(string folder, StudyResult result)
    {
        var study = result.Definition;
        foreach (var level in result.Levels.Where(l => File.Exists(Path.Combine(folder, $"{l.Name}_trend.csv"))))
        {
            var monthly = Csv(folder, $"{level.Name}_monthly.csv");
            foreach (var area in Csv(folder, $"{level.Name}_trend.csv").GroupBy(r => (r["indicator"], r["area_code"])))
            {
                var indicator = study.Indicators.Single(i => i.Name == area.Key.Item1);
                var levelName = area.Key.Item2 == "TOTAL" ? "" : level.Name;
                string Key(string period) => Period(indicator.Input, levelName, area.Key.Item2, period);
                var rows = area.ToList();
                var baseline = rows.SingleOrDefault(r => r["period"] == "baseline");
                foreach (var row in rows)
                {
                    Know(Key(row["period"]), row["count"]);
                    LeakThroughRate(Key(row["period"]), row["rate"], row["person_time"], indicator.Per);
                    if (baseline is not null && row["index"].Length > 0 && row["rate"].Length > 0 && row != baseline)
                    {
                        var baselineRate = Number(row["rate"]) * 100 / Number(row["index"]);
                        LeakThroughRate(Key("baseline"), baselineRate.ToString("R", CultureInfo.InvariantCulture), baseline["person_time"], indicator.Per);
                    }
                }

                var periods = rows.Where(r => r != baseline).ToList();
                if (baseline is not null)
                {
                    Sum(Key("baseline"), study.Baseline.Select(Key));
                }

                if (levelName.Length == 0)
                {
                    var baseCodes = result.Levels[0].Areas.Select(a => a.Key);
                    foreach (var row in periods)
                    {
                        Sum(Key(row["period"]), baseCodes.Select(c => Period(indicator.Input, result.Levels[0].Name, c, row["period"])));
                    }

                    continue;
                }

                var cells = monthly.Where(c => c["input"] == indicator.Input && c["area_code"] == area.Key.Item2)
                    .Select(c => (Month: c["month"], Key: Month(c["input"], level.Name, c["area_code"], c["month"], c["category"]))).ToList();
                bool In(Dictionary<string, string> period, string month) =>
                    string.CompareOrdinal(month, period["first_month"]) >= 0 && string.CompareOrdinal(month, period["last_month"]) <= 0;
                foreach (var row in periods)
                {
                    Sum(Key(row["period"]), cells.Where(c => In(row, c.Month)).Select(c => c.Key));
                }

                Sum(Whole(indicator.Input, level.Name, area.Key.Item2),
                    periods.Select(r => Key(r["period"])).Concat(cells.Where(c => !periods.Any(p => In(p, c.Month))).Select(c => c.Key)));
            }
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
