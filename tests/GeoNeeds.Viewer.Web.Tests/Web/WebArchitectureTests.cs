using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Tests.Web;

public class WebArchitectureTests
{
    [Fact]
    public void Engine_ReferencesNoAspNetCore_TheWebServerStaysInTheViewer()
    {
        var references = typeof(Study).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
