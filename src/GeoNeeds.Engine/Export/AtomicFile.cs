using System.Text;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Writes output files so that a reader (a viewer, a dashboard, a colleague opening the CSV) sees either the
/// old file or the complete new one, never a half-written file, even if the run fails part way.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Runs <paramref name="write"/> against a temporary file in the target's folder, flushes it to disk and
    /// renames it over <paramref name="path"/>. Creates the folder if needed. If <paramref name="write"/> throws,
    /// the temporary file is deleted, the exception propagates and any existing file is left as it was.
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content; it may leave the stream open or close it.</param>
    public static void Write(string path, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // Same folder, so the rename is a same-volume move, which is atomic; the dot and .tmp keep it out of
        // directory listings and version control.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);

                // A callback that closed the stream has already handed the bytes to the operating system.
                if (stream.CanWrite)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, atomically as <see cref="Write"/>.</summary>
    public static void WriteAllText(string path, string text) => Write(path, stream => stream.Write(Utf8WithoutBom.GetBytes(text)));

    /// <summary>A writer of UTF-8 text without a byte-order mark that leaves <paramref name="stream"/> open.</summary>
    internal static StreamWriter TextWriter(Stream stream) => new(stream, Utf8WithoutBom, bufferSize: 64 * 1024, leaveOpen: true);
}
