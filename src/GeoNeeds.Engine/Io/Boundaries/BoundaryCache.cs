using System.Security.Cryptography;
using System.Text;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Read boundary layers kept on disk, so that a large boundary file (the 34,753 national LSOAs) is parsed, checked and
/// repaired once: later reads of the same file with the same options load the stored layer instead.
/// </summary>
/// <remarks>
/// An entry is keyed by the SHA-256 of the boundary file's bytes, the read options, the cache format and the build
/// of the engine, so a changed file, other options or another GeoNeeds build never meet an old entry. Entries are
/// written to a temporary file and renamed into place, so a reader sees a whole file or none; a file that is
/// truncated, damaged or not a cache file is ignored and the boundary file read as if there were no cache.
/// The folder may be deleted at any time; only the newest <see cref="KeptEntries"/> entries are kept. Only GeoJSON and
/// TopoJSON files are kept: each is whole in one file, which the key hashes (a shapefile's attributes and coordinate
/// system are in companion files), and they are the slow ones to parse.
/// </remarks>
public sealed class BoundaryCache
{
    /// <summary>Files smaller than this are read directly: parsing them costs less than hashing and loading an entry.</summary>
    public const long DefaultMinimumBytes = 1 << 20;

    /// <summary>How many entries the folder keeps; older ones are deleted when a new one is written.</summary>
    public const int KeptEntries = 8;

    private const int FormatVersion = 1;

    /// <param name="folder">Where entries are kept; created when the first is written.</param>
    /// <param name="minimumBytes">Boundary files smaller than this are not cached.</param>
    public BoundaryCache(string folder, long minimumBytes = DefaultMinimumBytes)
    {
        Folder = folder;
        MinimumBytes = minimumBytes;
    }

    public string Folder { get; }

    public long MinimumBytes { get; }

    /// <summary>
    /// The user's cache: <c>$XDG_CACHE_HOME/geoneeds/boundaries</c>, else <c>~/.cache/geoneeds/boundaries</c> on Linux
    /// and macOS, else the local application data folder's <c>geoneeds/cache/boundaries</c> (Windows).
    /// </summary>
    public static BoundaryCache ForUser()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg) ? Path.Combine(xdg, "geoneeds")
            : !OperatingSystem.IsWindows() && home.Length > 0 ? Path.Combine(home, ".cache", "geoneeds")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "geoneeds", "cache");
        return new BoundaryCache(Path.Combine(root, "boundaries"));
    }

    /// <summary>
    /// What <see cref="BoundaryReader.Read"/> returns for the same arguments: from the cache when it holds the file,
    /// otherwise read from the file and stored.
    /// </summary>
    /// <inheritdoc cref="BoundaryReader.Read" path="/exception"/>
    public AreaLayer Read(string path, BoundaryReadOptions options, ICollection<InputWarning>? warnings = null)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length < MinimumBytes || !BoundaryReader.IsJson(path))
        {
            return BoundaryReader.Read(path, options, warnings);
        }

        var key = KeyOf(path, options);
        var entry = Path.Combine(Folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + ".layer");
        if (Load(entry, key, options.LayerName, path) is var (layer, stored))
        {
            Forward(stored, warnings);
            return layer;
        }

        var read = new List<InputWarning>();
        var fresh = BoundaryReader.Read(path, options, read);
        Forward(read, warnings);
        Store(entry, key, fresh, read);
        return fresh;
    }

    private static (AreaLayer, List<InputWarning>)? Load(string entry, string key, string layerName, string path)
    {
        try
        {
            using var stream = new FileStream(entry, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return BoundaryCacheFile.Read(stream, key, layerName, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // No entry yet, or one that cannot be used: the boundary file is read instead and the entry rewritten.
            return null;
        }
    }

    private void Store(string entry, string key, AreaLayer layer, List<InputWarning> warnings)
    {
        var staging = $"{entry}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                BoundaryCacheFile.Write(stream, key, layer, warnings);
            }

            File.Move(staging, entry, overwrite: true);
            foreach (var old in new DirectoryInfo(Folder).GetFiles("*.layer").OrderByDescending(f => f.LastWriteTimeUtc).Skip(KeptEntries))
            {
                old.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written (read-only home, full disk) only costs the next run its speed.
            if (File.Exists(staging))
            {
                File.Delete(staging);
            }
        }
    }

    private static string KeyOf(string path, BoundaryReadOptions options)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var content = Convert.ToHexString(SHA256.HashData(file));
        var build = typeof(BoundaryCache).Assembly.ManifestModule.ModuleVersionId;
        return $"format {FormatVersion}; engine {build}; file sha256 {content}; file name {Path.GetFileName(path).ToLowerInvariant()}; "
            + $"code field {options.CodeField}; name field {options.NameField}; parent field {options.ParentField}; layer {options.LayerWithinFile}; crs {options.CoordinateSystem?.Epsg}";
    }

    private static void Forward(List<InputWarning> stored, ICollection<InputWarning>? warnings)
    {
        foreach (var warning in stored)
        {
            warnings?.Add(warning);
        }
    }
}
