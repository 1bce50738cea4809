using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Writes a study's results into its output folder: per level a CSV table, a GeoJSON of the areas (RFC 7946)
/// and monthly counts; then the rejections report, the run summary and the attribution. Every file is written
/// atomically; every count is shown or withheld as the run's one <see cref="DisclosureDecision"/> says. With <c>output.database_schema</c> the level tables also go to the study's database, all in one
/// transaction. Points are never written: outputs aggregate to areas.
/// </summary>
public static class StudyOutputs
{
    /// <summary>
    /// Writes every output of <paramref name="result"/> to <paramref name="folder"/> and returns the summary;
    /// <paramref name="alsoWritten"/> names files others wrote there (maps, charts), for the summary's list.
    /// </summary>
    public static RunSummary Write(StudyResult result, string folder, IReadOnlyList<string>? alsoWritten = null)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>(alsoWritten ?? []);
        var published = new List<(string File, IEnumerable<CountCellKey> Keys)>();
        var study = result.Definition;
        foreach (var (level, table) in result.Levels.Zip(result.Tables))
        {
            var header = AreaRowColumns.Of(table.Rows[0], table, study, result.Disclosure).Select(c => c.Key).ToList();
            written.Add(WriteCsv(folder, $"{level.Name}.csv", header, table.Rows.Select(r => AreaRowColumns.Of(r, table, study, result.Disclosure).Select(c => c.Value).ToList())));
            var levelCounts = table.Rows.SelectMany(r => study.Indicators.Select(i => CountCellKey.Whole(i.Input, level.Name, r.Code))).ToList();
            published.Add((written[^1], levelCounts));
            if (level.Layer is not null)
            {
                written.Add(WriteGeoJson(folder, level, table, result));
                published.Add((written[^1], levelCounts));
            }

            var monthly = MonthlyCells(level, result.Inputs);
            written.Add(WriteCsv(folder, $"{level.Name}_monthly.csv", ["input", "area_code", "month", "category", "count"],
                monthly.Select(m => new object?[] { m.Key.Source, m.Key.Area, m.Key.First, m.Key.Second, result.Disclosure.IsSuppressed(m.Key) ? AreaRowColumns.SuppressedMark : m.Count })));
            published.Add((written[^1], monthly.Select(m => m.Key)));
        }

        foreach (var needs in result.Needs)
        {
            written.Add(WriteCsv(folder, needs.FileName, needs.Header, needs.Rows));
            published.Add((needs.FileName, needs.Counts));
        }

        written.Add(WriteCsv(folder, "rejections.csv", ["input", "file", "line", "field", "reason", "detail"],
            result.Inputs.SelectMany(i => i.Account.Rejections).Select(r => new object?[] { r.Input, StudyFile.Relative(study, r.File), r.Line, r.Field, r.Reason, r.Detail })));
        if (study.Output.DatabaseSchema is not null)
        {
            written.AddRange(StudyDatabase.WriteResults(result));
        }

        AtomicFile.WriteAllText(Path.Combine(folder, "ATTRIBUTION.txt"), string.Join("\n", study.Attribution) + "\n");
        written.Add("ATTRIBUTION.txt");
        written.Add("run-summary.json");
        var summary = RunSummary.Of(result, written, SuppressionReport.Of(result.Disclosure, published));
        AtomicFile.WriteAllText(Path.Combine(folder, "run-summary.json"), summary.ToJson());
        return summary;
    }

    private static string WriteCsv(string folder, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        CsvTableWriter.Write(Path.Combine(folder, name), header, rows);
        return name;
    }

    private static string WriteGeoJson(string folder, StudyLevel level, LevelTable table, StudyResult result)
    {
        var wgs84 = level.Layer!.ReprojectedTo(CoordinateSystem.Wgs84);
        var features = table.Rows.Select(row => new AreaFeature(
            wgs84.Find(row.Code)!.Geometry,
            AreaRowColumns.Typed(row, table, result.Definition, result.Disclosure)));
        var name = $"{level.Name}.geojson";
        GeoJsonAreaWriter.Write(Path.Combine(folder, name), features, result.Definition.Output.Decimals);
        return name;
    }

    /// <summary>Every input's non-empty area × month × category cells at the level, in output order.</summary>
    private static List<(CountCellKey Key, long Count)> MonthlyCells(StudyLevel level, IReadOnlyList<InputResult> inputs) =>
        inputs.SelectMany(input => (level.IsBase ? input.Counts : input.Counts.RolledUp(level.CodeFor, out _)).Cells
            .Select(c => (CountCellKey.Month(input.Definition.Name, level.Name, c.Area, c.Month, c.Category), c.Count)))
            .ToList();
}
