using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Web.Postcodes;

/// <summary>
/// The postcodes the viewer's search box finds, from the study's own postcode lookups (<c>postcodes:</c> in its
/// study file): the lookup is public geography, read on the first search, and only a postcode's point is ever
/// answered, never a row of any input. An output folder holds no lookup, so without the study file there is no
/// postcode search, and <see cref="Off"/> says why.
/// </summary>
internal sealed class PostcodeSearch
{
    private readonly Lazy<(PostcodeLookup? Lookup, string? Problem)> lookup;

    private PostcodeSearch(StudyDefinition? study, string? off)
    {
        Off = off;
        lookup = new(() =>
        {
            if (study is null)
            {
                return (null, off);
            }

            try
            {
                return (StudyPostcodes.Read(study, []), null);
            }
            catch (Exception e) when (e is InputDataException or IOException or UnauthorizedAccessException)
            {
                return (null, $"the study's postcode lookup cannot be read: {e.Message}");
            }
        });
    }

    /// <summary>Why postcodes are not searched (no study file found, or one without postcodes), or null when they are.</summary>
    public string? Off { get; }

    /// <summary>
    /// The search of <paramref name="studyFile"/>'s postcodes, or, when it is null, of the study file the run summary of
    /// <paramref name="folder"/> names: as written when absolute, else from the current folder or from the output folder's parent.
    /// </summary>
    public static PostcodeSearch Open(string folder, string? studyFile)
    {
        var (path, why) = studyFile is null ? Named(folder) : (studyFile, null);
        if (path is null)
        {
            return new PostcodeSearch(null, why);
        }

        try
        {
            var study = StudyFile.Load(path);
            return study.Postcodes.Count == 0
                ? new PostcodeSearch(null, $"the study file {path} names no postcode lookup")
                : new PostcodeSearch(study, null);
        }
        catch (InputDataException e)
        {
            return new PostcodeSearch(null, $"the study file cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads the lookup now, so the first search does not wait for it.</summary>
    public void Warm() => _ = lookup.Value;

    /// <summary>The postcode <paramref name="text"/> spells, or why there is none (not a postcode, not in the lookup, no point, no search).</summary>
    public (PostcodePlace? Place, string? Problem) Find(string text)
    {
        if (!Postcode.TryNormalise(text, out var postcode))
        {
            return (null, $"'{text}' is not a postcode");
        }

        var (found, problem) = lookup.Value;
        if (found is null)
        {
            return (null, $"postcodes are not searched: {problem}");
        }

        var location = found.Find(postcode);
        if (location is null)
        {
            return (null, $"{postcode} is not in the study's postcode lookup");
        }

        if (!location.HasCoordinates)
        {
            return (null, $"{location.Postcode} has no point in the study's postcode lookup");
        }

        var (longitude, latitude) = CoordinateTransform.Between(location.CoordinateSystem!, CoordinateSystem.Wgs84).Apply(location.X!.Value, location.Y!.Value);
        return (new PostcodePlace(location.Postcode, longitude, latitude), null);
    }

    /// <summary>The study file the folder's run summary names, if it is found, or why not.</summary>
    private static (string? Path, string? Why) Named(string folder)
    {
        string? named;
        try
        {
            named = RunSummary.FromJson(File.ReadAllText(Path.Combine(folder, RunSummary.FileName))).StudyFile;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return (null, $"{RunSummary.FileName} cannot be read, so it names no study file; name the study file with --study FILE");
        }

        // A summary written by hand, or by an older version, may name none, or a path this machine cannot spell.
        if (string.IsNullOrWhiteSpace(named) || named.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return (null, $"{RunSummary.FileName} names no study file; name the study file with --study FILE");
        }

        string[] tried = Path.IsPathRooted(named) ? [named] : [Path.GetFullPath(named), Path.GetFullPath(Path.Combine(folder, "..", named))];
        return tried.FirstOrDefault(File.Exists) is { } path
            ? (path, null)
            : (null, $"the run's study file {named} is not found from here; name it with --study FILE");
    }
}
