namespace GeoNeeds.Viewer.Tests;

/// <summary>Fresh temporary folders, one per call, so tests never share files.</summary>
internal static class TestFolder
{
    public static string New()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geoneeds-viewer-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
