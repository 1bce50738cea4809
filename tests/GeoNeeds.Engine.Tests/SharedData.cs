namespace GeoNeeds.Engine.Tests;

/// <summary>
/// Locates the real open data in <c>../shared/data</c> beside the project root. Tests that need it call
/// <see cref="Require"/>, which skips them with a message on a fresh clone where the folder is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The full path of <paramref name="relativePath"/> under shared/data; skips the test when absent.</summary>
    public static string Require(string relativePath)
    {
        var root = Root.Value;
        Skip.If(root is null, "Real open data not found: ../shared/data beside the project root is absent (a fresh clone); this acceptance test runs in CI.");
        var path = Path.Combine(root!, relativePath);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"Real open data file {relativePath} is absent from {root}.");
        return path;
    }

    private static string? FindRoot()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryFolder.Path, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
