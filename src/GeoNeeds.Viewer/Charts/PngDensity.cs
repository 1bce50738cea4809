using System.Buffers.Binary;
using System.Text;

namespace GeoNeeds.Viewer.Charts;

/// <summary>
/// Writes a PNG's print resolution: a <c>pHYs</c> chunk (PNG specification, 3rd edition, §11.3.5.3) in pixels per
/// metre, straight after the header chunk. SkiaSharp's PNG encoder writes none, so word processors and print
/// shops would assume 72 or 96 dots per inch.
/// </summary>
internal static class PngDensity
{
    private const int SignatureLength = 8;
    private const int HeaderChunkLength = 4 + 4 + 13 + 4;   // length, type, IHDR data, CRC

    /// <summary>The PNG with a <c>pHYs</c> chunk of <paramref name="dotsPerInch"/> after its header (replacing any it had).</summary>
    public static byte[] WithDpi(byte[] png, double dotsPerInch)
    {
        var pixelsPerMetre = (uint)Math.Round(dotsPerInch / 0.0254);
        var data = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(0), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), pixelsPerMetre);
        data[8] = 1;   // unit: the metre

        var output = new List<byte>(png.Length + 21);
        output.AddRange(png.AsSpan(0, SignatureLength + HeaderChunkLength));
        output.AddRange(Chunk("pHYs", data));
        for (var at = SignatureLength + HeaderChunkLength; at < png.Length; at += ChunkLength(png, at))
        {
            if (TypeAt(png, at) != "pHYs")
            {
                output.AddRange(png.AsSpan(at, ChunkLength(png, at)));
            }
        }

        return [.. output];
    }

    /// <summary>The dots per inch a PNG's <c>pHYs</c> chunk states, or null when it has none (or gives no unit).</summary>
    public static double? DpiOf(byte[] png)
    {
        for (var at = SignatureLength; at + 8 <= png.Length; at += ChunkLength(png, at))
        {
            if (TypeAt(png, at) == "pHYs" && png[at + 16] == 1)
            {
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8)) * 0.0254;
            }
        }

        return null;
    }

    /// <summary>The CRC-32 of the PNG specification's Annex D (polynomial 0xEDB88320, reflected), over a chunk's type and data.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A chunk's whole length: its data and the 12 bytes of length, type and CRC.</summary>
    private static int ChunkLength(byte[] png, int at) => (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at)) + 12;

    private static string TypeAt(byte[] png, int at) => Encoding.ASCII.GetString(png, at + 4, 4);

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }
}
