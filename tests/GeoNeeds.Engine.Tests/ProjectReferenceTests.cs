using System.Xml.Linq;

namespace GeoNeeds.Engine.Tests;

/// <summary>
/// Which project may reference which, read from the project files: the engine stands alone, the demo generator and
/// the viewer sit on it, the report on the viewer, and only the command brings them together.
/// </summary>
public class ProjectReferenceTests
{
    [Theory]
    [InlineData("GeoNeeds.Engine", new string[0])]
    [InlineData("GeoNeeds.Synthetic", new[] { "GeoNeeds.Engine" })]
    [InlineData("GeoNeeds.Viewer", new[] { "GeoNeeds.Engine" })]
    [InlineData("GeoNeeds.Report", new[] { "GeoNeeds.Engine", "GeoNeeds.Viewer" })]
    [InlineData("GeoNeeds.Cli", new[] { "GeoNeeds.Engine", "GeoNeeds.Synthetic", "GeoNeeds.Viewer", "GeoNeeds.Report" })]
    public void SourceProject_ReferencesOnlyTheProjectsBelowIt(string project, string[] allowed)
    {
        var referenced = Items(project, "ProjectReference").Select(path => Path.GetFileNameWithoutExtension(path.Replace('\\', '/'))).ToList();

        Assert.True(referenced.All(allowed.Contains), $"{project} references {string.Join(", ", referenced)}; it may reference only {string.Join(", ", allowed)}.");
    }

    [Fact]
    public void EngineProject_ReferencesNoRenderingWebOrConsolePackage()
    {
        string[] forbidden = ["ScottPlot", "SkiaSharp", "Microsoft.AspNetCore", "Spectre.Console"];

        var packages = Items("GeoNeeds.Engine", "PackageReference").Concat(Items("GeoNeeds.Engine", "FrameworkReference")).ToList();

        Assert.DoesNotContain(packages, p => forbidden.Any(f => p.StartsWith(f, StringComparison.Ordinal)));
        Assert.NotEmpty(packages);
    }

    private static IEnumerable<string> Items(string project, string item)
    {
        var file = Path.Combine(RepositoryFolder.Path, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants(item).Select(e => (string?)e.Attribute("Include") ?? "");
    }
}
