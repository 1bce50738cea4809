using System.Text.Json;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Tables;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Report.Reading;

/// <summary>
/// A finished output folder as the report reads it: the run summary, the published (disclosure-controlled) CSVs,
/// the SVG charts and the map classes, all as the run wrote them. The report takes every figure from here, so it
/// can show no value the CSVs withheld.
/// </summary>
public sealed class StudyOutput
{
    public const string SummaryFile = RunSummary.FileName;

    private static readonly JsonSerializerOptions ClassesJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly Dictionary<string, ValueTable?> tables = new(StringComparer.Ordinal);

    private StudyOutput(string folder, RunSummary summary)
    {
        Folder = folder;
        Summary = summary;
    }

    /// <summary>The output folder, as a full path.</summary>
    public string Folder { get; }

    public RunSummary Summary { get; }

    /// <summary>Opens <paramref name="folder"/> when it holds one complete, unchanged run.</summary>
    /// <exception cref="ReportSourceException">No such folder, no run summary, or a run that did not finish or was changed since.</exception>
    public static StudyOutput Open(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ReportSourceException($"{folder}: no such folder; give the output folder of a geoneeds assess or geoneeds demo run.");
        }

        var summary = Path.Combine(full, SummaryFile);
        if (!File.Exists(summary))
        {
            throw new ReportSourceException($"{folder}: no {SummaryFile}, so it is not the output folder of a geoneeds assess or geoneeds demo run.");
        }

        if (RunManifest.Check(full) is [var problem, ..])
        {
            throw new ReportSourceException($"{folder}: {problem}. Run the study again (geoneeds assess) before making its report.");
        }

        try
        {
            return new StudyOutput(full, RunSummary.FromJson(File.ReadAllText(summary)));
        }
        catch (JsonException e)
        {
            throw new ReportSourceException($"{folder}/{SummaryFile}: not a run summary ({e.Message}).");
        }
    }

    /// <summary>The published CSV <paramref name="file"/> (<c>ward.csv</c>), or null when the run did not write it.</summary>
    public ValueTable? Table(string file)
    {
        if (!tables.TryGetValue(file, out var table))
        {
            var path = Path.Combine(Folder, file);
            table = File.Exists(path) ? ValueTable.Read(path) : null;
            tables[file] = table;
        }

        return table;
    }

    /// <summary>The text of the SVG the run wrote at <paramref name="relative"/> (<c>charts/x.svg</c>), or null.</summary>
    public string? Svg(string relative)
    {
        var path = Path.Combine(Folder, relative);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The map classes the run wrote for <paramref name="level"/>, or null when it wrote none (a run without graphics).</summary>
    public LevelClasses? Classes(string level)
    {
        var path = Path.Combine(Folder, LevelClassesFile.NameOf(level));
        return File.Exists(path) ? JsonSerializer.Deserialize<LevelClasses>(File.ReadAllText(path), ClassesJson) : null;
    }

    /// <summary>The path of a level's GeoJSON layer, or null when the run wrote none.</summary>
    public string? Layer(string level) => Path.Combine(Folder, level + ".geojson") is var path && File.Exists(path) ? path : null;
}
