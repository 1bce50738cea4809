using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// A plain CSV table handed to an indicator: a file, or the bytes of a stream (standard input, an embedded
/// table) under a name that every message uses in place of a path.
/// </summary>
public sealed class TableInput
{
    private readonly string? _path;
    private readonly Stream? _stream;

    private TableInput(string name, string? path, Stream? stream)
    {
        Name = name;
        _path = path;
        _stream = stream;
    }

    /// <summary>The file name or the stream's name, as messages print it.</summary>
    public string Name { get; }

    /// <summary>A CSV file.</summary>
    public static TableInput FromFile(string path) => new(path, path, null);

    /// <summary>The CSV bytes of <paramref name="stream"/> (read once, to its end), named <paramref name="name"/> in messages.</summary>
    public static TableInput FromStream(Stream stream, string name) => new(name, null, stream);

    /// <summary>
    /// Opens the table and runs <paramref name="read"/> over it. A stream is first copied to a temporary file, so
    /// encodings and line numbers are handled exactly as for files; faults and warnings then name the stream.
    /// </summary>
    /// <exception cref="InputDataException">The table cannot be read, or <paramref name="read"/> found a fault.</exception>
    internal T Read<T>(Func<CsvTable, T> read, ICollection<InputWarning>? warnings)
    {
        if (_path is not null)
        {
            using var table = CsvTable.Open(_path, warnings);
            return read(table);
        }

        var spool = Path.Combine(Path.GetTempPath(), $".geoneeds-{Guid.NewGuid():N}.csv");
        var spoolWarnings = new List<InputWarning>();
        try
        {
            using (var file = File.Create(spool))
            {
                _stream!.CopyTo(file);
            }

            using var table = CsvTable.Open(spool, spoolWarnings);
            return read(table);
        }
        catch (InputDataException e) when (e.File == spool)
        {
            throw new InputDataException(Name, e.Line, e.Field, e.Problem);
        }
        finally
        {
            File.Delete(spool);
            foreach (var warning in spoolWarnings)
            {
                warnings?.Add(warning with { File = warning.File == spool ? Name : warning.File });
            }
        }
    }
}
