using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests;

/// <summary>The engine's architecture rules, checked rather than hoped for; the layer rules are in <see cref="LayerDependencyTests"/>.</summary>
public class EngineArchitectureTests
{
    [Fact]
    public void EngineAssembly_ReferencesNoRenderingWebViewerOrReportAssembly()
    {
        string[] forbidden = ["ScottPlot", "SkiaSharp", "Microsoft.AspNetCore", "Spectre.Console", "GeoNeeds.Viewer", "GeoNeeds.Report"];

        var references = typeof(Study).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }
}
