using System.Text;
using GeoNeeds.Viewer.Charts;
using ScottPlot;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Charts;

public class PngDensityTests
{
    private static byte[] Png() => new Plot().GetImageBytes(60, 40, ImageFormat.Png);

    [Fact]
    public void Crc32_CheckString_IsThePublishedCheckValue()
    {
        // The CRC-32 check value of "123456789" is 0xCBF43926 (Williams 1993, "A painless guide to CRC error
        // detection algorithms", the CRC-32 model used by PNG and zlib).
        Assert.Equal(0xCBF43926u, PngDensity.Crc32(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Crc32_IendChunk_IsTheCrcEveryPngEndsWith()
    {
        // Every PNG ends with the empty IEND chunk, whose CRC is AE 42 60 82 (PNG specification, §11.2.5).
        Assert.Equal(0xAE426082u, PngDensity.Crc32("IEND"u8));
    }

    [Fact]
    public void WithDpi_150_StatesThePixelsPerMetreOf150Dpi()
    {
        var png = PngDensity.WithDpi(Png(), 150);

        // 150 / 0.0254 = 5905.5 pixels per metre, rounded to 5906; read back 5906 × 0.0254 = 150.0124 dpi.
        Assert.Equal(150.0124, PngDensity.DpiOf(png)!.Value, 1e-9);
    }

    [Fact]
    public void WithDpi_AnyPng_StaysDecodableWithTheSamePixels()
    {
        var original = Png();

        using var before = SKBitmap.Decode(original);
        using var after = SKBitmap.Decode(PngDensity.WithDpi(original, 300));

        Assert.Equal((before.Width, before.Height), (after.Width, after.Height));
        Assert.Equal(before.Bytes, after.Bytes);
    }

    [Fact]
    public void WithDpi_TwiceOver_KeepsOnePhysChunkWithTheLatestDensity()
    {
        var png = PngDensity.WithDpi(PngDensity.WithDpi(Png(), 96), 300);

        Assert.Equal(1, CountOf(png, "pHYs"));
        Assert.Equal(300, PngDensity.DpiOf(png)!.Value, 0.02);
    }

    [Fact]
    public void DpiOf_PngWithoutPhys_IsNull()
    {
        Assert.Null(PngDensity.DpiOf(Png()));
    }

    private static int CountOf(byte[] bytes, string type) => System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(bytes), type);
}
