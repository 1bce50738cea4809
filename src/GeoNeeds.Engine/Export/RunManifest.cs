using System.Text.Json;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// <c>run-complete.json</c>: every file a run wrote into its output folder, with size and SHA-256, written last.
/// A folder without it, or whose files no longer match it, holds an interrupted run (or a changed one).
/// </summary>
/// <param name="CompletedUtc">When the run's files were all in place.</param>
/// <param name="Files">The files, relative to the folder with <c>/</c> separators, in ordinal order.</param>
public sealed record RunManifest(DateTimeOffset CompletedUtc, IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "run-complete.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The manifest of <paramref name="files"/> (relative names) as they are now in <paramref name="folder"/>.</summary>
    public static RunManifest Of(string folder, IEnumerable<string> files) =>
        new(DateTimeOffset.UtcNow, [.. files.Order(StringComparer.Ordinal).Select(name => ManifestEntry.Of(folder, name))]);

    /// <summary>The manifest in <paramref name="folder"/>, or null if it has none (or one that cannot be read).</summary>
    public static RunManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), JsonOptions) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// What stops <paramref name="folder"/> being one complete run: no manifest, or files missing or changed since it
    /// was written. Empty when the folder is complete.
    /// </summary>
    public static IReadOnlyList<string> Check(string folder)
    {
        if (Read(folder) is not { } manifest)
        {
            return [$"no {FileName}: the run that wrote this folder did not finish (or an older GeoNeeds wrote it), so its files may be incomplete or from different runs"];
        }

        return [.. manifest.Files
            .Select(entry => (entry.Path, Now: File.Exists(Path.Combine(folder, entry.Path)) ? ManifestEntry.Of(folder, entry.Path) : null, Then: entry))
            .Where(f => f.Now != f.Then)
            .Select(f => f.Now is null ? $"{f.Path} is missing (listed in {FileName})" : $"{f.Path} has changed since the run wrote it (size or SHA-256 differs from {FileName})")];
    }

    /// <summary>Writes the manifest into <paramref name="folder"/>, atomically.</summary>
    public void Write(string folder) => AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, JsonOptions) + "\n");
}
