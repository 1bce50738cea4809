using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests;

/// <summary>The engine's architecture rules, checked rather than hoped for (see ../shared/STYLE.md).</summary>
public class EngineArchitectureTests
{
    [Fact]
    public void EngineAssembly_ReferencesNoRenderingOrWebPackage()
    {
        string[] forbidden = ["ScottPlot", "SkiaSharp", "Microsoft.AspNetCore", "Spectre.Console"];

        var references = typeof(Study).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void EngineSources_NeverWriteToTheConsole()
    {
        // The engine reports through return values, rejections, warnings and IProgress; the CLI decides what to print.
        var engine = Path.Combine(RepositoryFolder.Path, "src", "GeoNeeds.Engine");

        var offenders = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Console.", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(engine, f))
            .ToList();

        Assert.Empty(offenders);
    }
}
