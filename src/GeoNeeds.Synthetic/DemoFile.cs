using System.Text;

namespace GeoNeeds.Synthetic;

/// <summary>Writes one generated text file as UTF-8, creating its folder.</summary>
internal static class DemoFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, with a byte order mark only when asked; returns the path.</summary>
    public static string Write(string path, string text, bool byteOrderMark = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(byteOrderMark));
        return path;
    }
}
