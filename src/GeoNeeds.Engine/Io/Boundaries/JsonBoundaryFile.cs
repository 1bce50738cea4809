using System.IO.Compression;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads a GeoJSON FeatureCollection or a TopoJSON Topology, whichever the file's <c>type</c> says, streaming
/// it (through gzip when compressed) so that the whole text is never held in memory.
/// </summary>
internal static class JsonBoundaryFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <exception cref="InputDataException">The file is empty, not (gzipped) JSON, or neither a FeatureCollection nor a Topology.</exception>
    public static BoundarySource Read(string file, bool compressed, string? objectName)
    {
        var document = Deserialize(file, compressed);
        return document?.Type switch
        {
            "FeatureCollection" => new BoundarySource(
                (document.Features ?? []).Select(f => f ?? new Feature()).ToList(),
                document.Crs?.ToCoordinateSystem(file)),
            "Topology" => ReadTopology(file, document, objectName),
            var type => throw new InputDataException(file, $"the file is {(type is null ? "JSON without a \"type\"" : $"a GeoJSON or TopoJSON \"{type}\"")}; a boundary file must be a GeoJSON FeatureCollection or a TopoJSON Topology."),
        };
    }

    private static JsonBoundaryDocument? Deserialize(string file, bool compressed)
    {
        if (new FileInfo(file).Length == 0)
        {
            throw new InputDataException(file, "the file is empty.");
        }

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var text = compressed ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            return JsonSerializer.Deserialize<JsonBoundaryDocument>(text, Options);
        }
        catch (JsonException e)
        {
            throw new InputDataException(file, (e.LineNumber ?? -1) + 1, "", $"the file is not valid GeoJSON or TopoJSON: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new InputDataException(file, $"the file is not valid gzip: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // NetTopologySuite refuses malformed geometries (an unclosed ring, a ring of three positions) this way.
            throw new InputDataException(file, $"the file holds a geometry that cannot be built: {e.Message}");
        }
    }

    private static BoundarySource ReadTopology(string file, JsonBoundaryDocument document, string? objectName)
    {
        var objects = document.Objects ?? [];
        var chosen = objectName ?? objects.Keys.FirstOrDefault()
            ?? throw new InputDataException(file, "the topology has no objects.");
        if (!objects.TryGetValue(chosen, out var root))
        {
            throw new InputDataException(file, $"the topology has no object '{chosen}'; its objects are: {string.Join(", ", objects.Keys)}.");
        }

        var arcs = TopoJsonArcs.Decode(file, document.Arcs ?? [], document.Transform);
        var stated = root.Crs?.ToCoordinateSystem(file) ?? document.Crs?.ToCoordinateSystem(file);
        return new BoundarySource(TopoJsonGeometry.Features(file, root, arcs), stated);
    }
}
