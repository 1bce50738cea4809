using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Tables;

public class TableNumberTests
{
    [Theory]
    [InlineData("29,199", 29_199)] // MHCLG IoD 2019 File_1 writes ranks like this (E01000001).
    [InlineData("1,234,567.5", 1_234_567.5)]
    [InlineData(" 412345 ", 412_345)]
    [InlineData("-1.519", -1.519)]
    [InlineData("5.2e-1", 0.52)]
    public void TryParse_PublishedNumberFormats_AreRead(string text, double expected)
    {
        Assert.True(TableNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")] // a European decimal comma must not become 15
    [InlineData("12,34")]
    [InlineData("1,2345")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(null)]
    public void TryParse_NotAPlainNumber_IsRefused(string? text)
    {
        Assert.False(TableNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("29,199", 29_199)]
    [InlineData("1909", 1_909)]
    public void TryParseWhole_Ranks_AreRead(string text, long expected)
    {
        Assert.True(TableNumber.TryParseWhole(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("1,5")]
    public void TryParseWhole_NotWhole_IsRefused(string text)
    {
        Assert.False(TableNumber.TryParseWhole(text, out _));
    }

    // Whole numbers of every size up to ±2,147,483,647, so most are written with one to three thousands separators.
    [Property]
    public Property TryParse_AnyWholeNumberWithInvariantThousandsSeparators_ReadsBackExactly() =>
        Prop.ForAll(Gen.Choose(0, 9).SelectMany(digits => Gen.Choose(-(int)Math.Pow(10, digits), (int)Math.Pow(10, digits))).ToArbitrary(), number =>
        {
            var text = number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            return TableNumber.TryParse(text, out var value) && value == number
                && (Math.Abs((long)number) < 1_000 || text.Contains(',', StringComparison.Ordinal));
        });
}
