using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class RoundedCoordinateTextTests
{
    // Expected: the text Utf8JsonWriter writes for the same double (its shortest round-trip form), the reference the
    // fixed-point text must equal byte for byte.
    [Theory]
    [InlineData(-1.5, 6)]
    [InlineData(52.123457, 6)]
    [InlineData(-0.000123, 6)]
    [InlineData(0.0001, 6)]
    [InlineData(180, 6)]
    [InlineData(-179.999999, 6)]
    [InlineData(0.1, 15)]
    [InlineData(0.123456789012345, 15)]
    [InlineData(53.42, 2)]
    [InlineData(123456789.123456, 6)]
    [InlineData(7, 0)]
    public void TryWrite_RoundedCoordinate_WritesWhatTheJsonWriterWrites(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);

        Assert.Equal(JsonWriterText(rounded), Written(rounded, decimals));
    }

    [Theory]
    [InlineData(0.0, 2)]
    [InlineData(-0.0, 6)]
    [InlineData(0.00001, 6)]
    [InlineData(1.5, 16)]
    [InlineData(1.23456789, 6)]
    [InlineData(1234567891.123456, 6)]
    public void TryWrite_ZeroTinyUnroundedOrTooManyDigits_LeavesItToTheJsonWriter(double value, int decimals) =>
        Assert.Null(Written(value, decimals));

    [Property(MaxTest = 2000)]
    public Property TryWrite_AnyLonLatRoundedToAnyPlaces_WritesWhatTheJsonWriterWritesOrDeclines() =>
        Prop.ForAll(Coordinates.ToArbitrary(), c =>
        {
            var rounded = Math.Round(c.Value, c.Decimals, MidpointRounding.AwayFromZero);
            return Written(rounded, c.Decimals) is not { } text || text == JsonWriterText(rounded);
        });

    // Longitudes and latitudes to 12 places (micro-degrees and a finer part), with how many places to round to.
    private static Gen<(double Value, int Decimals)> Coordinates =>
        from micro in Gen.Choose(-180_000_000, 180_000_000)
        from finer in Gen.Choose(0, 999_999)
        from decimals in Gen.Choose(0, 15)
        select ((micro / 1e6) + (finer / 1e12), decimals);

    private static string? Written(double value, int decimals)
    {
        Span<byte> text = stackalloc byte[32];
        return RoundedCoordinateText.TryWrite(value, decimals, text, out var length) ? Encoding.UTF8.GetString(text[..length]) : null;
    }

    private static string JsonWriterText(double value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteNumberValue(value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
