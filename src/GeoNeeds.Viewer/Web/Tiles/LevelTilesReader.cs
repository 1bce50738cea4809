using System.Text.Json;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// Serves each level's tiles and area table from its layer read once, and reads it again when the layer or
/// its hot-spot or trend table changes (a re-run while viewing). Reading the national LSOA layer takes seconds, so it is
/// read once however many tile requests arrive together.
/// </summary>
internal sealed class LevelTilesReader(OutputFolder folder, OutputIndexReader index, LevelClassesReader classes)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Stamp, Lazy<LevelLayer> Layer, Lazy<LevelTiles?> Tiles)> levels = new(StringComparer.Ordinal);

    /// <summary>The level's tiles, or null when the folder shows no such level.</summary>
    public LevelTiles? Tiles(string level) => Entry(level)?.Tiles.Value;

    /// <summary>The level's layer as read for tiling, or null when the folder shows no such level.</summary>
    public LevelLayer? Layer(string level) => Entry(level)?.Layer.Value;

    /// <summary>The properties of the level's areas in feature-id order (<see cref="LevelLayer.AreasJson"/>), or null when there is no such level.</summary>
    public byte[]? Areas(string level) => Layer(level)?.AreasJson;

    /// <summary>The bounds of the level's areas (<see cref="LevelLayer.BoundsJson"/>), or null when there is no such level.</summary>
    public byte[]? Bounds(string level) => Layer(level)?.BoundsJson;

    /// <summary>The polygons of the level's area with feature id <paramref name="id"/> (<see cref="LevelLayer.OutlineJson"/>), or null when there is no such level or area.</summary>
    public byte[]? Outline(string level, ulong id) => Layer(level)?.OutlineJson(id);

    /// <summary>The level's whole map in one layer's classes (<see cref="LevelTiles.Picture"/>), or null when there is no such level or layer.</summary>
    public byte[]? Picture(string level, string field) => Tiles(level)?.Picture(field);

    /// <summary>The level's raster tile in one layer's classes (<see cref="LevelTiles.Raster"/>), or null when there is no such level or layer.</summary>
    public byte[]? Raster(string level, string field, TileAddress address, int pixelRatio) => Tiles(level)?.Raster(field, address, pixelRatio);

    /// <summary>
    /// Reads every level and makes its zoomed-out tiles (and a dense level's raster tiles of its first layer, a large level's first picture), in the background once the page is first asked for, so the
    /// map's first view waits for no layer to be read; a level that cannot be read is left to its first request to report.
    /// Stops between tiles once <paramref name="stopping"/> is cancelled, so the viewer stops promptly.
    /// </summary>
    public void Warm(int zoom, CancellationToken stopping = default)
    {
        foreach (var level in index.Read().Levels.Where(l => l.Problem is null).TakeWhile(_ => !stopping.IsCancellationRequested))
        {
            try
            {
                _ = Areas(level.Name);
                var tiles = Tiles(level.Name);
                // The layer the level opens on unasked; a large level first shows its picture, a dense one its raster tiles (map.js).
                var first = level.Indicators.FirstOrDefault()?.Field;
                if (level.Areas > LevelPicture.LargeLevel && first is not null)
                {
                    tiles?.Picture(first);
                }

                tiles?.Warm(zoom, level.Areas > LevelPicture.DenseAreas ? first : null, stopping);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                // The request for the level's tiles or areas meets the same problem and answers with it.
            }
        }
    }

    private (string Stamp, Lazy<LevelLayer> Layer, Lazy<LevelTiles?> Tiles)? Entry(string level)
    {
        var entry = index.Read().Levels.FirstOrDefault(l => l.Name == level && l.Problem is null);
        if (entry is null || folder.Find(entry.GeoJson).Path is not { } path)
        {
            return null;
        }

        var stamp = string.Join('|', OutputIndexReader.SourcesOf(level).Select(name => folder.Find(name).Path).OfType<string>()
            .Select(file => new FileInfo(file)).Select(file => $"{file.Length}:{file.LastWriteTimeUtc.Ticks}"));
        lock (gate)
        {
            if (!levels.TryGetValue(level, out var kept) || kept.Stamp != stamp)
            {
                var layer = new Lazy<LevelLayer>(() => LevelLayer.Read(path));
                var tiles = new Lazy<LevelTiles?>(() => classes.Read(level) is { } json
                    ? new LevelTiles(layer.Value, entry, LevelClassesFile.Deserialize(json))
                    : null);
                kept = levels[level] = (stamp, layer, tiles);
            }

            return kept;
        }
    }
}
