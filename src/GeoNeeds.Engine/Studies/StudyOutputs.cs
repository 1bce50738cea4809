using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.DataDictionary;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Writes a study's results into its output folder: per level a CSV table, a GeoJSON of the areas (RFC 7946)
/// and monthly counts, with the GeoPackage, TopoJSON and simplified GeoJSON the study asks for; then the rejections report, the run summary and the attribution. Every file is written
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
        var tables = new List<(string File, IReadOnlyList<string> Header, Func<string, TableField>? Describe)>();
        var mapped = new List<CountCellKey>();
        var spatial = new List<(string Level, List<string> Paths, IEnumerable<string> Fields)>();
        var study = result.Definition;
        var csv = new PublishedCsv(study.Output.CsvFormulas, study.Output.Excel, study.Output.Decimals);
        string WriteCsv(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? withheldColumns = null)
        {
            tables.Add((name, csv.Write(Path.Combine(folder, name), header, rows, withheldColumns), null));
            return name;
        }

        foreach (var (level, table) in result.Levels.Zip(result.Tables))
        {
            var header = AreaRowColumns.Of(table.Rows[0], table, study, result.Disclosure).Select(c => c.Key).ToList();
            written.Add(WriteCsv($"{level.Name}.csv", header, table.Rows.Select(r => AreaRowColumns.Of(r, table, study, result.Disclosure).Select(c => c.Value).ToList()), AreaRowColumns.CountColumns(study)));
            var levelCounts = table.Rows.SelectMany(r => study.Indicators.Select(i => CountCellKey.Whole(i.Input, level.Name, r.Code))).ToList();
            published.Add((written[^1], levelCounts));
            if (level.Layer is not null)
            {
                written.Add(WriteGeoJson(folder, level, table, result));
                published.Add((written[^1], levelCounts));
                mapped.AddRange(levelCounts);
                spatial.Add((level.Name, [written[^1]], AreaRowColumns.Flagged(table.Rows[0], table, study, result.Disclosure).Select(c => c.Key)));
                foreach (var web in StudyExports.WriteWeb(folder, level, table, result))
                {
                    written.Add(web);
                    published.Add((web, levelCounts));
                    spatial[^1].Paths.Add(web);
                }
            }

            var monthly = MonthlyCells(level, result.Inputs);
            written.Add(WriteCsv($"{level.Name}_monthly.csv", ["input", "area_code", "month", "category", "count"],
                monthly.Select(m => new object?[] { m.Key.Source, m.Key.Area, m.Key.First, m.Key.Second, PublishedCount.Cell(m.Count, result.Disclosure.IsSuppressed(m.Key)) }), ["count"]));
            published.Add((written[^1], monthly.Select(m => m.Key)));
        }

        foreach (var needs in result.Needs)
        {
            written.Add(WriteCsv(needs.FileName, needs.Header, needs.Rows));
            published.Add((needs.FileName, needs.Counts));
        }

        foreach (var outcome in result.Outcomes)
        {
            var outcomes = outcome.Outcomes;
            foreach (var (file, columns, keys) in OutcomeTables.Write(folder, outcomes.Report, outcomes.Years, result.Disclosure, csv, outcome.Name))
            {
                written.Add(file);
                published.Add((file, keys));
                tables.Add((file, columns, OutcomeColumnCatalogue.Describe));
            }
        }

        if (study.Output.Geopackage && result.Levels.Any(l => l.Layer is not null))
        {
            written.Add(StudyExports.WriteGeoPackage(folder, result));
            published.Add((written[^1], mapped));
            spatial.ForEach(s => s.Paths.Add($"{StudyExports.GeoPackageFile}#{s.Level}"));
        }

        var outcomeRejections = result.Outcomes.SelectMany(o => o.Forms.SelectMany(f => f.Account.Rejections).Select(r => r with { Input = $"{o.Name} {r.Input}" }));
        written.Add(WriteCsv("rejections.csv", ["input", "file", "line", "field", "reason", "detail"],
            result.Inputs.SelectMany(i => i.Account.Rejections).Concat(outcomeRejections)
                .Select(r => new object?[] { r.Input, StudyFile.Relative(study, r.File), r.Line, r.Field, r.Reason, r.Detail })));
        if (study.Output.DatabaseSchema is not null)
        {
            written.AddRange(StudyDatabase.WriteResults(result));
        }

        AtomicFile.WriteAllText(Path.Combine(folder, "ATTRIBUTION.txt"), string.Join("\n", study.Attribution) + "\n");
        written.Add("ATTRIBUTION.txt");
        var suppression = SuppressionReport.Of(result.Disclosure, published);
        DataPackageOf(result, tables, spatial, suppression).Write(Path.Combine(folder, "datapackage.json"));
        written.Add("datapackage.json");
        written.Add(RunSummary.FileName);
        var summary = RunSummary.Of(result, written, suppression);
        AtomicFile.WriteAllText(Path.Combine(folder, RunSummary.FileName), summary.ToJson());
        return summary;
    }

    /// <summary>The data dictionary of the CSVs and spatial files written: every column described, with the suppression rule and the sources.</summary>
    private static DataPackage DataPackageOf(
        StudyResult result,
        IReadOnlyList<(string File, IReadOnlyList<string> Header, Func<string, TableField>? Describe)> tables,
        IReadOnlyList<(string Level, List<string> Paths, IEnumerable<string> Fields)> spatial,
        SuppressionReport suppression)
    {
        var study = result.Definition;
        var deprivation = result.DeprivationIndex?.Edition ?? Io.Deprivation.DeprivationIndex.Imd2019.Edition;
        var labels = study.Indicators.ToDictionary(i => i.Name, i => i.Label ?? i.Name, StringComparer.Ordinal);
        var resources = tables.Select(t => new DataResource(
            Path.GetFileNameWithoutExtension(t.File).ToLowerInvariant().Replace('_', '-'),
            t.File,
            new TableSchema([.. t.Header.Select(c => t.Describe?.Invoke(c) ?? ColumnCatalogue.Describe(c, labels.GetValueOrDefault, deprivation))]))).ToList();
        var layers = spatial.Select(s => new SpatialLayer(s.Level, s.Paths, "area_code", [.. s.Fields.Select(c => ColumnCatalogue.Describe(c, labels.GetValueOrDefault, deprivation))]));
        return new DataPackage(
            DataPackage.NameOf(study.Title),
            study.Title,
            $"Area tables of a domestic abuse needs assessment, written by GeoNeeds from {Path.GetFileName(study.SourcePath)}. No table holds points.",
            suppression.Rule,
            DataPackage.LicencesIn(study.Attribution),
            [.. study.Attribution.Select(a => new PackageSource(a))],
            resources,
            [.. layers]);
    }

    private static string WriteGeoJson(string folder, StudyLevel level, LevelTable table, StudyResult result)
    {
        var name = $"{level.Name}.geojson";
        GeoJsonAreaWriter.Write(Path.Combine(folder, name), StudyExports.Features(level.Layer!, table, result), result.Definition.Output.Decimals);
        return name;
    }

    /// <summary>Every input's non-empty area × month × category cells at the level, in output order.</summary>
    private static List<(CountCellKey Key, long Count)> MonthlyCells(StudyLevel level, IReadOnlyList<InputResult> inputs) =>
        inputs.SelectMany(input => (level.IsCountedDirectly ? input.Counts : input.Counts.RolledUp(level.CodeFor, out _)).Cells
            .Select(c => (CountCellKey.Month(input.Definition.Name, level.Name, c.Area, c.Month, c.Category), c.Count)))
            .ToList();
}
