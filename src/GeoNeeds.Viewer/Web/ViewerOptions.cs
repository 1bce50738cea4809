namespace GeoNeeds.Viewer.Web;

/// <summary>What <c>geoneeds view</c> serves and where.</summary>
/// <param name="Folder">The output folder of a <c>geoneeds assess</c> or <c>geoneeds demo</c> run.</param>
/// <param name="Port">The TCP port; 0 lets the system pick a free one.</param>
/// <param name="Host">A loopback address; anything else is refused (see <see cref="LoopbackAddress"/>).</param>
/// <param name="Basemap">An online basemap under the areas, or null (the default) for none.</param>
/// <param name="Study">The study file whose postcode lookups the search box searches; null for the one the run summary names.</param>
public sealed record ViewerOptions(string Folder, int Port = 0, string Host = LoopbackAddress.Default, Basemap? Basemap = null, string? Study = null);
