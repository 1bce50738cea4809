using System.Text;
using System.Text.RegularExpressions;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Writes output files so that a reader (a viewer, a dashboard, a colleague opening the CSV) sees either the
/// old file or the complete new one, never a half-written file, even if the run fails part way.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Runs <paramref name="write"/> against a temporary file in the target's folder, flushes it to disk and
    /// renames it over <paramref name="path"/>. Creates the folder if needed. If <paramref name="write"/> throws,
    /// the temporary file is deleted, the exception propagates and any existing file is left as it was.
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content; it may leave the stream open or close it.</param>
    public static void Write(string path, Action<Stream> write) => WriteAt(path, temporary =>
    {
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        write(stream);

        // A callback that closed the stream has already handed the bytes to the operating system.
        if (stream.CanWrite)
        {
            stream.Flush(flushToDisk: true);
        }
    });

    /// <summary>
    /// As <see cref="Write"/>, for writers that open a file by name (SQLite): <paramref name="write"/> creates the
    /// temporary file it is given and closes it before returning; it is then renamed over <paramref name="path"/>.
    /// </summary>
    public static void WriteAt(string path, Action<string> write)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // Same folder, so the rename is a same-volume move, which is atomic.
        var temporary = TemporaryPath(folder, Path.GetFileName(target));
        try
        {
            write(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Removes the temporary files that a killed run left in <paramref name="folder"/> (and, with
    /// <paramref name="subfolders"/>, below it): only names of the form <see cref="Write"/> gives them, so no other
    /// file is touched. Returns the paths removed (one that cannot be deleted is left).
    /// </summary>
    /// <param name="folder">The folder to clean; nothing happens if it does not exist.</param>
    /// <param name="target">Only the temporaries of this file name, or null for all.</param>
    /// <param name="subfolders">Whether to look in subfolders too.</param>
    public static IReadOnlyList<string> RemoveStale(string folder, string? target = null, bool subfolders = false)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = subfolders, AttributesToSkip = 0, IgnoreInaccessible = true };
        return [.. Directory.EnumerateFiles(folder, ".*.tmp", options)
            .Where(path => TemporaryName().Match(Path.GetFileName(path)) is { Success: true } m && (target is null || m.Groups["target"].Value == target))
            .ToList()
            .Where(TryDelete)];
    }

    /// <summary>Deletes a left-over temporary file; one in a folder this user may not change is left, not fatal.</summary>
    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A new hidden temporary name for <paramref name="target"/> in <paramref name="folder"/>; the dot and .tmp keep it out of listings and version control.</summary>
    internal static string TemporaryPath(string folder, string target) => Path.Combine(folder, $".{target}.{Guid.NewGuid():N}.tmp");

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, atomically as <see cref="Write"/>.</summary>
    public static void WriteAllText(string path, string text) => Write(path, stream => stream.Write(Utf8WithoutBom.GetBytes(text)));

    /// <summary>A writer of UTF-8 text without a byte-order mark that leaves <paramref name="stream"/> open.</summary>
    internal static StreamWriter TextWriter(Stream stream) => new(stream, Utf8WithoutBom, bufferSize: 64 * 1024, leaveOpen: true);

    [GeneratedRegex("^\\.(?<target>.+)\\.[0-9a-f]{32}\\.tmp$")]
    private static partial Regex TemporaryName();
}
