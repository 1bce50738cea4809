using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GeoNeeds.Engine.Io.Tables;
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
    /// <remarks>Text that is not UTF-8 is read as Windows-1252, with a warning, as the CSV readers do.</remarks>
    public static BoundarySource Read(string file, bool compressed, string? objectName)
    {
        var warnings = new List<InputWarning>();
        var json = Bytes(file, compressed) is { } bytes ? Utf8Text(file, bytes, warnings) : (ReadOnlyMemory<byte>?)null;
        var source = (json is { } text ? GeoJsonFeatureScanner.TryRead(file, text) : null)
            ?? FromDocument(file, Deserialize(file, compressed, json), objectName);
        return source with { Warnings = warnings };
    }

    /// <summary><paramref name="json"/> when it is UTF-8; otherwise its text re-encoded from Windows-1252, with a warning.</summary>
    private static ReadOnlyMemory<byte> Utf8Text(string file, ReadOnlyMemory<byte> json, List<InputWarning> warnings)
    {
        if (Utf8.IsValid(json.Span))
        {
            return json;
        }

        // Decoded in one pass, as the CSV readers do: Encoding.GetString would meet (and count) each bad byte twice.
        var fallback = new Windows1252Fallback();
        using var reader = new StreamReader(new MemoryStream(json.ToArray()), fallback.Utf8(), detectEncodingFromByteOrderMarks: false);
        var text = reader.ReadToEnd();
        warnings.Add(fallback.Warning(file)!);
        return Encoding.UTF8.GetBytes(text);
    }

    private static BoundarySource FromDocument(string file, JsonBoundaryDocument? document, string? objectName) =>
        document?.Type switch
        {
            "FeatureCollection" => new BoundarySource(
                (document.Features ?? []).Select(f => f ?? new Feature()).ToList(),
                document.Crs?.ToCoordinateSystem(file)),
            "Topology" => ReadTopology(file, document, objectName),
            var type => throw new InputDataException(file, $"the file is {(type is null ? "JSON without a \"type\"" : $"a GeoJSON or TopoJSON \"{type}\"")}; a boundary file must be a GeoJSON FeatureCollection or a TopoJSON Topology."),
        };

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            throw Truncated(file);
        }
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

    /// <summary>The document from <paramref name="json"/> when the file could be read into memory, else streamed from the file.</summary>
    private static JsonBoundaryDocument? Deserialize(string file, bool compressed, ReadOnlyMemory<byte>? json)
    {
        if (new FileInfo(file).Length == 0)
        {
            throw new InputDataException(file, "the file is empty.");
        }

        try
        {
            if (json is { } inMemory)
            {
                return JsonSerializer.Deserialize<JsonBoundaryDocument>(inMemory.Span, Options);
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var text = compressed ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            return JsonSerializer.Deserialize<JsonBoundaryDocument>(text, Options);
        }
        catch (JsonException) when (compressed && EndsEarly(file))
        {
            throw Truncated(file);
        }
        catch (JsonException e)
        {
            throw new InputDataException(file, (e.LineNumber ?? -1) + 1, "", $"the file is not valid GeoJSON or TopoJSON: {e.Message}");
        }
        catch (InvalidDataException)
        {
            throw Truncated(file);
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            // Only a file too large to read into memory is streamed, and so not re-read as Windows-1252.
            throw new InputDataException(file, "the file's text is not UTF-8; save it as UTF-8");
        }
        catch (ArgumentException e)
        {
            // NetTopologySuite refuses malformed geometries (an unclosed ring, a ring of three positions) this way.
            throw UnbuildableFeature.Error(file, json, e);
        }
    }

    /// <summary>
    /// Whether a gzip file inflates to other than the length its trailer states: a file cut short ends in compressed
    /// data, not its trailer, and .NET's gzip reader then stops without an error.
    /// </summary>
    private static bool EndsEarly(string file)
    {
        var raw = File.ReadAllBytes(file);
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        var length = 0L;
        var buffer = new byte[1 << 16];
        try
        {
            for (int read; (read = gzip.Read(buffer)) > 0;)
            {
                length += read;
            }
        }
        catch (InvalidDataException)
        {
            return true;
        }

        return raw.Length < 18 || BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4)) != (uint)length;
    }

    private static InputDataException Truncated(string file) =>
        new(file, "the file is truncated or corrupt (not valid gzip to its end); download or compress it again.");

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
