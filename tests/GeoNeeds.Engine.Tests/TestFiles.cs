using System.Text;

namespace GeoNeeds.Engine.Tests;

/// <summary>Writes small fixture files into a fresh temporary folder per call, so tests never share files.</summary>
internal static class TestFiles
{
    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to a new temp file called <paramref name="name"/>.</summary>
    public static string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

    public static string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(NewFolder(), name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geoneeds-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
