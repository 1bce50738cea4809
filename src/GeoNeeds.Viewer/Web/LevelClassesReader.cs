using System.Text.Json;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Serves a level's <c>&lt;level&gt;_classes.json</c>: the file when it is at least as new as the level's layer,
/// hot-spot and trend tables, else classes built afresh, written beside them when the folder allows (older output
/// folders, runs without graphics) and kept in memory when it does not.
/// </summary>
internal sealed class LevelClassesReader(OutputFolder folder, OutputIndexReader index)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTime Sources, byte[] Content)> built = new(StringComparer.Ordinal);

    /// <summary>The JSON of <paramref name="level"/>'s classes, or null when the folder shows no such level.</summary>
    public byte[]? Read(string level)
    {
        var outputs = index.Read();
        var entry = outputs.Levels.FirstOrDefault(l => l.Name == level && l.Problem is null);
        if (entry is null || folder.Find(entry.GeoJson).Path is null)
        {
            return null;
        }

        var sources = OutputIndexReader.SourcesOf(level)
            .Select(name => folder.Find(name).Path).OfType<string>().Max(File.GetLastWriteTimeUtc);
        if (folder.Find(LevelClassesFile.NameOf(level)).Path is { } file && File.GetLastWriteTimeUtc(file) >= sources)
        {
            return File.ReadAllBytes(file);
        }

        lock (gate)
        {
            if (built.TryGetValue(level, out var kept) && kept.Sources == sources)
            {
                return kept.Content;
            }

            try
            {
                var content = LevelClassesFile.Serialize(LevelClassesBuilder.Build(entry, Path.Combine(folder.Root, entry.GeoJson), outputs.Deprivation));
                built[level] = (sources, content);
                TryWrite(level, content);
                return content;
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                // The layer changed or went under the index; the next index read reports it.
                return null;
            }
        }
    }

    private void TryWrite(string level, byte[] content)
    {
        try
        {
            LevelClassesFile.Write(folder, level, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder is still viewable: the classes are served from memory.
        }
    }
}
