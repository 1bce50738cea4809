namespace GeoNeeds.Engine.Tests;

/// <summary>The repository's root folder (the one holding GeoNeeds.sln), found from the test output folder.</summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GeoNeeds.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GeoNeeds.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => Root.Value;
}
