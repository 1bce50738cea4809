using System.Security.Cryptography;

namespace GeoNeeds.Engine.Export;

/// <summary>One file of a <see cref="RunManifest"/>.</summary>
/// <param name="Path">Relative to the output folder, <c>/</c>-separated.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lower-case hex.</param>
public sealed record ManifestEntry(string Path, long Size, string Sha256)
{
    internal static ManifestEntry Of(string folder, string name)
    {
        using var stream = File.OpenRead(System.IO.Path.Combine(folder, name));
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ManifestEntry(name, stream.Length, hash);
    }
}
