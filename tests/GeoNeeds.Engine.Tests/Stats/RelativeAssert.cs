namespace GeoNeeds.Engine.Tests.Stats;

/// <summary>Asserts a computed statistic agrees with an independently computed reference to a relative tolerance.</summary>
internal static class RelativeAssert
{
    /// <summary>Passes when |actual − expected| ≤ tolerance × |expected|; an expected 0 must be exactly 0.</summary>
    public static void Equal(double expected, double? actual, double tolerance)
    {
        Assert.NotNull(actual);
        var allowed = tolerance * Math.Abs(expected);
        Assert.True(
            Math.Abs(actual.Value - expected) <= allowed,
            FormattableString.Invariant($"Expected {expected:R} within relative {tolerance:R}, got {actual.Value:R}."));
    }
}
