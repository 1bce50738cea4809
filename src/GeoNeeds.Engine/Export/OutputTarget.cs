namespace GeoNeeds.Engine.Export;

/// <summary>
/// The one check of an output path, made before a run reads anything: the path can be written, is of the right
/// kind (a file or a folder), and is not one of the run's inputs nor a folder holding one, so no run can replace
/// its own input. Missing folders on the way are fine: writing creates them.
/// </summary>
public static class OutputTarget
{
    // A shapefile is read with these beside it, so they are inputs too.
    private static readonly string[] ShapefileCompanions = [".dbf", ".shx", ".prj", ".cpg"];

    /// <summary>Checks that a run may write the file <paramref name="path"/>.</summary>
    /// <param name="option">The option that named the path, for the message (e.g. <c>--out</c>).</param>
    /// <param name="path">The output file as given.</param>
    /// <param name="inputs">Every file the run reads.</param>
    /// <exception cref="OutputPathException">The path cannot or must not be written.</exception>
    public static void CheckFile(string option, string path, IEnumerable<string> inputs)
    {
        var full = FullPath(option, path);
        if (Directory.Exists(full) || Path.EndsInDirectorySeparator(path))
        {
            throw new OutputPathException(option, path, $"is a folder; {option} needs a file name");
        }

        var canonical = CanonicalPath.Of(full);
        if (WithCompanions(inputs).Any(input => CanonicalPath.Of(input).Equals(canonical, CanonicalPath.Comparison)))
        {
            throw new OutputPathException(option, path, "is an input of this run, which would be replaced; write to another file");
        }

        CheckWritable(option, path, Path.GetDirectoryName(full)!);
    }

    /// <summary>Checks that a run may write its files into the folder <paramref name="path"/>.</summary>
    /// <inheritdoc cref="CheckFile"/>
    public static void CheckFolder(string option, string path, IEnumerable<string> inputs)
    {
        var full = FullPath(option, path);
        if (File.Exists(full))
        {
            throw new OutputPathException(option, path, $"is a file; {option} needs a folder");
        }

        var canonical = CanonicalPath.Of(full);
        if (WithCompanions(inputs).Select(CanonicalPath.Of).FirstOrDefault(input => CanonicalPath.IsUnder(input, canonical)) is { } held)
        {
            throw new OutputPathException(option, path,
                $"holds {Path.GetRelativePath(canonical, held)}, an input of this run, which outputs could replace; write to another folder");
        }

        CheckWritable(option, path, full);
    }

    private static IEnumerable<string> WithCompanions(IEnumerable<string> inputs) => inputs.SelectMany(input =>
        input.EndsWith(".shp", StringComparison.OrdinalIgnoreCase) ? [input, .. ShapefileCompanions.Select(e => Path.ChangeExtension(input, e))] : new[] { input });

    private static string FullPath(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputPathException(option, $"'{path}'", "is empty; give a path");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputPathException(option, path, "is not a valid path");
        }
    }

    /// <summary>
    /// Creates and deletes a hidden file in <paramref name="folder"/>, or in its nearest existing parent if it does not
    /// exist yet: the only check of writability that holds for every user (root included) and every file system.
    /// </summary>
    private static void CheckWritable(string option, string path, string folder)
    {
        var existing = folder;
        while (!Path.Exists(existing))
        {
            existing = Path.GetDirectoryName(existing)!;
        }

        if (!Directory.Exists(existing))
        {
            throw new OutputPathException(option, path, $"{Shown(existing)} is a file, not a folder");
        }

        var probe = AtomicFile.TemporaryPath(existing, "write-check");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : "the file system refuses new files there";
            throw new OutputPathException(option, path, $"cannot be written ({reason} in {Shown(existing)})");
        }
    }

    /// <summary>A full path as the user would write it: relative to the current folder when under it.</summary>
    private static string Shown(string full)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
