using System.Globalization;
using FsCheck.Xunit;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.Tests.Publish;

public class PublishedNumberTests
{
    [Theory]
    [InlineData(2883, 10, 6, "288.3")]
    [InlineData(1, 3, 6, "0.333333")]
    [InlineData(2, 3, 2, "0.67")]
    [InlineData(5, 2, 0, "3")]
    public void Rounded_Quotient_PrintsTheDecimalResult(double numerator, double denominator, int decimals, string expected)
    {
        // Expected values are the quotients rounded half away from zero by hand.
        Assert.Equal(expected, Text(PublishedNumber.Rounded(numerator / denominator, decimals)));
    }

    [Fact]
    public void Rounded_FloatNoise_IsGone()
    {
        // 961 / 10 × 3 in binary floating point is 288.29999999999995 (checked in Python: repr(961 / 10 * 3)); published, it is 288.3.
        Assert.Equal("288.29999999999995", Text(961 / 10.0 * 3));
        Assert.Equal("288.3", Text(PublishedNumber.Rounded(288.29999999999995, 6)));
    }

    [Fact]
    public void WithoutNoise_FloatNoise_KeepsFifteenSignificantDigits()
    {
        Assert.Equal("288.3", Text(PublishedNumber.WithoutNoise(288.29999999999995)));
        Assert.Equal("0.3", Text(PublishedNumber.WithoutNoise(0.1 + 0.2)));
        Assert.Equal("0.333333333333333", Text(PublishedNumber.WithoutNoise(1 / 3.0)));
    }

    [Fact]
    public void Rounded_CountsTextFlagsAndMissing_AreUnchanged()
    {
        object?[] values = [12L, "*", true, null, double.NaN];

        Assert.Equal(values, PublishedNumber.Rounded(values, 2));
        Assert.Equal(values, PublishedNumber.WithoutNoise(values));
    }

    [Property]
    public bool Rounded_AnyRate_PrintsAtMostTheDecimalsAsked(int count, int population, byte places)
    {
        var decimals = places % 10;
        var rate = Math.Abs(count) * 1000.0 / (Math.Abs((long)population) + 1);
        var text = Text(PublishedNumber.Rounded(rate, decimals));
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || text.Length - point - 1 <= decimals;
    }

    private static string Text(object? value) => ((double)value!).ToString("R", CultureInfo.InvariantCulture);
}
