using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads a GeoJSON FeatureCollection or a TopoJSON Topology, whichever the file's <c>type</c> says. The usual
/// FeatureCollection is read from its bytes in memory by <see cref="GeoJsonFeatureScanner"/>; anything that reader
/// leaves is streamed (through gzip when compressed) by the general reader, which also reports every problem.
/// </summary>
internal static class JsonBoundaryFile
{
    /// <summary>How boundary JSON binds to <see cref="JsonBoundaryDocument"/>: member names in any case, GeoJSON geometries by NetTopologySuite.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <exception cref="InputDataException">The file is empty, not (gzipped) JSON, or neither a FeatureCollection nor a Topology.</exception>
    public static BoundarySource Read(string file, bool compressed, string? objectName)
    {
        if (Bytes(file, compressed) is { } json)
        {
            RequireUtf8(file, json.Span);
            if (GeoJsonFeatureScanner.TryRead(file, json) is { } features)
            {
                return features;
            }
        }

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

    /// <summary>The file's JSON text as UTF-8 bytes without a byte order mark, or <c>null</c> when it cannot be had that way.</summary>
    private static ReadOnlyMemory<byte>? Bytes(string file, bool compressed)
    {
        try
        {
            // A file over 2 GB fails ReadAllBytes with an IOException, and a gzip one that inflates past the
            // largest array gives null: both are streamed by the general reader instead.
            var raw = File.ReadAllBytes(file);
            if ((compressed ? Decompressed(raw) : (raw, raw.Length)) is not { } json)
            {
                return null;
            }

            var (text, length) = json;
            var bom = length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0;
            return length - bom > 0 ? new ReadOnlyMemory<byte>(text, bom, length - bom) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>JSON is UTF-8 (RFC 8259); other bytes would fail deep inside the JSON reader, where no line is known.</summary>
    /// <exception cref="InputDataException">A byte sequence is not UTF-8; the message gives its line.</exception>
    private static void RequireUtf8(string file, ReadOnlySpan<byte> json)
    {
        if (Utf8.IsValid(json))
        {
            return;
        }

        var at = 0;
        while (Rune.DecodeFromUtf8(json[at..], out _, out var length) == OperationStatus.Done)
        {
            at += length;
        }

        throw new InputDataException(file, json[..at].Count((byte)'\n') + 1, "",
            $"byte 0x{json[at]:X2} is not UTF-8 text; save the file as UTF-8 (GeoJSON and TopoJSON are always UTF-8)");
    }

    /// <summary>
    /// The inflated bytes of a gzip file in a buffer and their length, or <c>null</c> when they would exceed
    /// <paramref name="limit"/> bytes (by default the largest array .NET allows).
    /// </summary>
    internal static (byte[] Text, int Length)? Decompressed(byte[] raw, int limit = int.MaxValue)
    {
        limit = Math.Min(limit, Array.MaxLength);

        // A gzip file ends with its uncompressed length (modulo 4 GiB): a good first size for the buffer, but only a
        // claim, so it is held to what DEFLATE can reach (at most 1,032 bytes out per byte in).
        var stated = raw.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4)) : 0;
        var text = new byte[Math.Min(Math.Min(stated + 1L, raw.Length * 1032L), limit)];
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        var length = 0;
        while (true)
        {
            if (length == text.Length)
            {
                if (text.Length == limit)
                {
                    return gzip.ReadByte() < 0 ? (text, length) : null;
                }

                Array.Resize(ref text, (int)Math.Min(text.Length * 2L + 1024, limit));
            }

            var read = gzip.Read(text, length, text.Length - length);
            if (read == 0)
            {
                return (text, length);
            }

            length += read;
        }
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
