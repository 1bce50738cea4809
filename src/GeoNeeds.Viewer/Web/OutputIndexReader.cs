using System.Text.Json;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Builds the <see cref="OutputIndex"/> of an output folder from its <c>*.geojson</c> layers and its
/// <c>run-summary.json</c>. The index is rebuilt when any of those files changes (a re-run while viewing),
/// and kept otherwise: reading the national LSOA layer takes seconds.
/// </summary>
internal sealed class OutputIndexReader(OutputFolder folder)
{
    private const string SummaryFile = RunSummary.FileName;

    private readonly Lock gate = new();
    private (string Stamp, OutputIndex Index)? cached;

    /// <summary>The layers the folder serves: its <c>*.geojson</c> files, hidden and linked-out ones excepted.</summary>
    public IReadOnlyList<string> LayerFiles() => Directory.EnumerateFiles(folder.Root, "*.geojson")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => folder.Find(name).Path is not null)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The files a level's layers are read from: its GeoJSON layer, hot-spot table and trend table (the last two when the run wrote them).</summary>
    public static IReadOnlyList<string> SourcesOf(string level) => [level + ".geojson", HotSpotDiscovery.FileOf(level), PeriodDiscovery.FileOf(level)];

    public OutputIndex Read()
    {
        var layers = LayerFiles();
        var stamp = string.Join('|', layers.SelectMany(l => SourcesOf(Path.GetFileNameWithoutExtension(l))).Append(SummaryFile).Select(Stamp));
        lock (gate)
        {
            if (cached?.Stamp != stamp)
            {
                cached = (stamp, Build(layers));
            }

            return cached.Value.Index;
        }
    }

    private string Stamp(string name)
    {
        var file = new FileInfo(Path.Combine(folder.Root, name));
        return file.Exists ? $"{name}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : name;
    }

    private OutputIndex Build(IReadOnlyList<string> layers)
    {
        var problems = new List<string>();
        var summary = ReadSummary(problems);
        var runOrder = summary?.Levels.Select(l => l.Name).ToList() ?? [];
        var deprivation = summary?.Deprivation ?? DeprivationIndex.Imd2019;
        var levels = layers
            .Select(file => ReadLevel(file, summary?.Indicators ?? [], deprivation))
            .OrderBy(level => runOrder.IndexOf(level.Name) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(level => level.Name, StringComparer.Ordinal)
            .ToList();
        problems.AddRange(levels.Select(l => l.Problem).OfType<string>());
        var withHotSpots = levels.Select(level => level.Problem is null
            ? level with { Indicators = [.. level.Indicators, .. HotSpots(level.Name, summary?.Indicators ?? [], problems), .. Periods(level, problems)] }
            : level).ToList();

        return new OutputIndex(
            summary?.Study ?? Path.GetFileName(folder.Root),
            folder.Root,
            withHotSpots,
            summary?.Attribution ?? [],
            summary?.SuppressBelow,
            problems)
        {
            Deprivation = deprivation,
            TrendMethod = summary?.TrendMethod,
            IndicatorLabels = (summary?.Indicators ?? []).DistinctBy(i => i.Name).ToDictionary(i => i.Name, i => i.Label ?? i.Name, StringComparer.Ordinal),
        };
    }

    private RunSummary? ReadSummary(List<string> problems)
    {
        var found = folder.Find(SummaryFile);
        if (found.Path is null)
        {
            return null;
        }

        try
        {
            return RunSummary.FromJson(File.ReadAllText(found.Path));
        }
        catch (JsonException e)
        {
            problems.Add($"{Location(SummaryFile, e)}: not a run summary, so indicator labels and the title are missing: {e.Message}");
            return null;
        }
    }

    private LevelEntry ReadLevel(string file, IReadOnlyList<IndicatorSummary> summaries, DeprivationIndex deprivation)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var table = folder.Find(name + ".csv").Path is null ? null : name + ".csv";
        try
        {
            var layer = LayerProperties.Read(Path.Combine(folder.Root, file));
            return new LevelEntry(name, file, table, layer.Features, IndicatorDiscovery.Find(layer.Names, summaries, deprivation));
        }
        catch (JsonException e)
        {
            return new LevelEntry(name, file, table, 0, [], $"{Location(file, e)}: not a GeoJSON layer the viewer can show: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LevelEntry(name, file, table, 0, [], $"{file}: cannot be read: {e.Message}");
        }
    }

    /// <summary>The level's hot-spot layers, when the run wrote its <c>&lt;level&gt;_hotspots.csv</c>.</summary>
    private List<IndicatorEntry> HotSpots(string level, IReadOnlyList<IndicatorSummary> summaries, List<string> problems) =>
        LayersFrom(HotSpotDiscovery.FileOf(level), path => HotSpotDiscovery.Read(path, summaries), "hot spots", problems);

    /// <summary>The level's period layers, when the run wrote its <c>&lt;level&gt;_trend.csv</c>.</summary>
    private List<IndicatorEntry> Periods(LevelEntry level, List<string> problems) =>
        LayersFrom(PeriodDiscovery.FileOf(level.Name), path => PeriodDiscovery.Read(path, level.Indicators), "periods", problems);

    /// <summary>The layers a needs table of the folder gives, none when it is absent; a table that cannot be read is a problem, not an error.</summary>
    private List<IndicatorEntry> LayersFrom(string file, Func<string, IReadOnlyList<IndicatorEntry>> read, string what, List<string> problems)
    {
        var found = folder.Find(file);
        if (found.Path is null)
        {
            return [];
        }

        try
        {
            return [.. read(found.Path)];
        }
        catch (Engine.Io.InputDataException e)
        {
            problems.Add($"{e.Message.Replace(found.Path, file, StringComparison.Ordinal)} ({what} not shown)");
            return [];
        }
    }

    private static string Location(string file, JsonException e) => e.LineNumber is long line ? $"{file}:{line + 1}" : file;
}
