using System.Text.RegularExpressions;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The output folder a viewer serves: regular files under it whose extension is served (GeoJSON, CSV, JSON),
/// and nothing else. A request is a relative name of plain segments; <c>..</c>, encoded separators, absolute
/// paths, hidden files and symbolic links that lead out of the folder are refused.
/// </summary>
internal sealed partial class OutputFolder
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".geojson"] = "application/geo+json",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
    };

    private readonly string[] roots;

    public OutputFolder(string path)
    {
        Root = Path.GetFullPath(path);
        var resolved = Directory.ResolveLinkTarget(Root, returnFinalTarget: true)?.FullName;
        roots = resolved is null ? [Root] : [Root, resolved];
    }

    /// <summary>The folder's full path as given (before following a link to it).</summary>
    public string Root { get; }

    /// <summary>The file that <paramref name="relativeName"/> names under the folder, or why it is refused.</summary>
    /// <param name="relativeName">Segments separated by <c>/</c>, already percent-decoded by the server.</param>
    public ServedFile Find(string relativeName)
    {
        var segments = relativeName.Split('/');
        if (relativeName.Length == 0 || !segments.All(PlainSegment().IsMatch))
        {
            return ServedFile.BadName($"'{relativeName}' is not a file name under the output folder");
        }

        if (segments.Any(s => s.StartsWith('.')))
        {
            return ServedFile.NotFound("hidden files are not served");
        }

        if (!ContentTypes.TryGetValue(Path.GetExtension(relativeName), out var contentType))
        {
            return ServedFile.NotFound("only .geojson, .csv and .json files are served");
        }

        var path = Root;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            var entry = new FileInfo(path);
            if (!entry.Exists && !Directory.Exists(path))
            {
                return ServedFile.NotFound("no such file");
            }

            if (entry.LinkTarget is not null && !Inside(entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
            {
                return ServedFile.NotFound("a link that leads out of the output folder");
            }
        }

        return File.Exists(path) ? ServedFile.Found(path, contentType) : ServedFile.NotFound("not a file");
    }

    private bool Inside(string? target) =>
        target is not null && roots.Any(root => target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    // Letters, digits, space, '_', '-', '.'; never '.' or '..' alone, '%', '\', ':' or an empty segment.
    [GeneratedRegex(@"^(?!\.{1,2}$)[A-Za-z0-9 _.\-]+$")]
    private static partial Regex PlainSegment();
}
