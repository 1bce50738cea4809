namespace GeoNeeds.Engine.Export;

/// <summary>
/// A path with symbolic links followed, so two spellings of one file (a link, <c>..</c>, a relative path) compare
/// equal. Parts that do not exist yet are kept as written.
/// </summary>
internal static class CanonicalPath
{
    // Deeper than any sensible chain of links; a loop stops here instead of recursing forever.
    private const int MaxLinks = 40;

    /// <summary>How paths compare on this system: ignoring case where its file systems usually do.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string Of(string path) => Of(path, 0);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies anywhere under it (both canonical).</summary>
    public static bool IsUnder(string path, string folder) =>
        path.Equals(folder, Comparison) || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, Comparison);

    private static string Of(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var entry = new FileInfo(current);
            if (links < MaxLinks && entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Of(target.FullName, links + 1);
            }
        }

        return current;
    }
}
