using GeoNeeds.Engine.Io;

namespace GeoNeeds.Fuzz;

/// <summary>
/// One reader under fuzzing. The input's bytes become a file with the extension the reader expects, and each of
/// <see cref="Readers"/> reads it. Bad input must end in <see cref="InputDataException"/>, the clean "file:line:field"
/// message users see; any other exception escapes and is a finding (AFL++ also reports hangs).
/// </summary>
/// <remarks>
/// Engine objects are made inside <see cref="Readers"/> only: instrumented engine code may not run before SharpFuzz
/// has connected to afl-fuzz.
/// </remarks>
/// <param name="Name">The name <c>fuzz/run.sh</c> and the seeds folder use.</param>
/// <param name="Extension">The file extension the readers choose their format by.</param>
/// <param name="Readers">Every way the engine reads this kind of file; each gets the same input.</param>
internal sealed record FuzzTarget(string Name, string Extension, params Action<string>[] Readers)
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("geoneeds-fuzz-").FullName;

    /// <summary>Whether an input that starts like gzip is named <c>….gz</c>, so the readers' gzip path is fuzzed too.</summary>
    public bool MayBeGzipped { get; init; }

    public void Run(Stream input)
    {
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        var gzipped = MayBeGzipped && bytes.Length >= 2 && bytes.GetBuffer()[0] == 0x1F && bytes.GetBuffer()[1] == 0x8B;
        var path = Path.Combine(Folder, "input" + Extension + (gzipped ? ".gz" : ""));
        File.WriteAllBytes(path, bytes.ToArray());
        foreach (var read in Readers)
        {
            try
            {
                read(path);
            }
            catch (InputDataException)
            {
                // The documented answer to bad input.
            }
        }
    }
}
