using System.Text.Json;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The <c>&lt;level&gt;_classes.json</c> files of an output folder (<see cref="LevelClasses"/>): written by
/// <c>assess</c> and <c>demo</c> with their maps, and by the viewer for a folder that lacks them.
/// </summary>
public static class LevelClassesFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The file name of a level's classes: <c>ward_classes.json</c>.</summary>
    public static string NameOf(string level) => $"{level}_classes.json";

    /// <summary>Writes the classes of every level of <paramref name="folder"/> the viewer can show; returns the names written.</summary>
    /// <remarks>Call it after the level layers and hot-spot tables are written: it classes what they hold.</remarks>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        var output = new OutputFolder(folder);
        var written = new List<string>();
        var index = new OutputIndexReader(output).Read();
        foreach (var level in index.Levels.Where(l => l.Problem is null))
        {
            Write(output, level.Name, Serialize(LevelClassesBuilder.Build(level, Path.Combine(output.Root, level.GeoJson), index.Deprivation)));
            written.Add(NameOf(level.Name));
        }

        return written;
    }

    internal static byte[] Serialize(LevelClasses classes) => JsonSerializer.SerializeToUtf8Bytes(classes, Json);

    /// <exception cref="JsonException">The bytes are not a level's classes.</exception>
    internal static LevelClasses Deserialize(byte[] json) =>
        JsonSerializer.Deserialize<LevelClasses>(json, Json) ?? throw new JsonException("not a level's classes: null");

    internal static void Write(OutputFolder folder, string level, byte[] content) =>
        AtomicFile.Write(Path.Combine(folder.Root, NameOf(level)), stream => stream.Write(content));
}
