namespace GeoNeeds.Engine.Export;

/// <summary>
/// A study run's output written first into a hidden staging folder inside the target and moved into place only
/// when complete, then sealed with a <see cref="RunManifest"/>. Killed while computing or writing, a run leaves the
/// target's previous complete output as it was; killed while moving (a few renames), it leaves a folder without
/// <c>run-complete.json</c>, which the viewer reports as incomplete. Files in the target that no run wrote are never touched.
/// </summary>
public sealed class StagedOutputFolder : IDisposable
{
    /// <summary>The name staging folders start with; one left by a killed run is removed by the next.</summary>
    public const string StagingPrefix = ".geoneeds-staging-";

    private readonly string option;
    private readonly string given;
    private bool committed;

    private StagedOutputFolder(string option, string given, string target, IReadOnlyList<string> removedLeftovers)
    {
        this.option = option;
        this.given = given;
        Target = target;
        RemovedLeftovers = removedLeftovers;
        Staging = Path.Combine(target, StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The output folder (full path).</summary>
    public string Target { get; }

    /// <summary>The staging folder to write every output into.</summary>
    public string Staging { get; }

    /// <summary>Staging folders and temporary files of killed runs that <see cref="Begin"/> removed.</summary>
    public IReadOnlyList<string> RemovedLeftovers { get; }

    /// <summary>
    /// Creates <paramref name="folder"/> if needed, removes what killed runs left in it and opens a new staging folder.
    /// Check the folder with <see cref="OutputTarget.CheckFolder"/> first.
    /// </summary>
    /// <param name="option">The option that named the folder, for messages.</param>
    /// <param name="folder">The output folder as given.</param>
    public static StagedOutputFolder Begin(string option, string folder)
    {
        var target = Path.GetFullPath(folder);
        Directory.CreateDirectory(target);
        var stagings = Directory.GetDirectories(target, StagingPrefix + "*");
        foreach (var staging in stagings)
        {
            Directory.Delete(staging, recursive: true);
        }

        return new StagedOutputFolder(option, folder, target, [.. stagings, .. AtomicFile.RemoveStale(target, subfolders: true)]);
    }

    /// <summary>
    /// Moves every staged file into the target, replacing files of the same names; removes the previous run's
    /// outputs (those its manifest lists) that this run did not write again; writes the new manifest last.
    /// </summary>
    /// <exception cref="OutputPathException">A file could not be moved into place (e.g. a folder has its name).</exception>
    public RunManifest Commit()
    {
        var files = Directory.EnumerateFiles(Staging, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(file => Path.GetRelativePath(Staging, file).Replace('\\', '/'))
            .ToList();
        var manifest = RunManifest.Of(Staging, files);
        var previous = RunManifest.Read(Target)?.Files.Select(f => f.Path).Except(files, StringComparer.Ordinal) ?? [];
        try
        {
            // From here until the new manifest is written the folder reads as incomplete.
            File.Delete(Path.Combine(Target, RunManifest.FileName));
            foreach (var old in previous.Select(InTarget).OfType<string>())
            {
                File.Delete(old);
                RemoveIfEmpty(Path.GetDirectoryName(old)!);
            }

            foreach (var file in files)
            {
                var destination = InTarget(file)!;
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(Staging, file), destination, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputPathException(option, given, $"the run's files could not be moved into place ({e.Message}); the folder is incomplete");
        }

        manifest.Write(Target);
        Directory.Delete(Staging, recursive: true);
        committed = true;
        return manifest;
    }

    /// <summary>Removes the staging folder of a run that did not commit, leaving the target as it was.</summary>
    public void Dispose()
    {
        if (!committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Removes a subfolder (maps/, charts/) that held only the previous run's outputs, once they are gone.</summary>
    private void RemoveIfEmpty(string folder)
    {
        if (!folder.Equals(Target, CanonicalPath.Comparison) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>The full path of <paramref name="relative"/> in the target, or null if it would lead out of it (a tampered manifest).</summary>
    private string? InTarget(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Target, relative));
        return CanonicalPath.IsUnder(full, Target) && !full.Equals(Target, CanonicalPath.Comparison) ? full : null;
    }
}
