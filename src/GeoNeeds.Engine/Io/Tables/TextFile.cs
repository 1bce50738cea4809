using System.Text;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Opens a text file in the encoding its byte order mark names (UTF-8 or UTF-16), or as UTF-8 when it has none,
/// with bytes that are not UTF-8 read as Windows-1252 rather than replaced.
/// </summary>
internal static class TextFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>Opens <paramref name="path"/>; <paramref name="fallback"/> counts the bytes that were not UTF-8.</summary>
    /// <exception cref="InputDataException">The file does not exist, cannot be opened, or is binary (<see cref="BinaryContent"/>).</exception>
    public static TextReader Open(string path, out Windows1252Fallback fallback)
    {
        fallback = new Windows1252Fallback();
        FileStream stream;
        try
        {
            // Sharing writes too lets GeoNeeds read a file that is still open in a spreadsheet.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputDataException(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputDataException(path, $"file cannot be opened: {e.Message}");
        }

        Span<byte> start = stackalloc byte[BinaryContent.SampleSize];
        var length = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var (encoding, bomLength) = start[..length] switch
        {
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0xEF, 0xBB, 0xBF, ..] => (fallback.Utf8(), 3),
            _ => (fallback.Utf8(), 0),
        };
        if (encoding is not UnicodeEncoding && BinaryContent.Describe(start[bomLength..length]) is { } binary)
        {
            stream.Dispose();
            throw new InputDataException(path, $"the file looks like {binary}, not CSV text; save it from its program as CSV (UTF-8)");
        }

        stream.Position = bomLength;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize);
    }
}
