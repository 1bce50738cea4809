namespace GeoNeeds.Engine.Stats;

/// <summary>The one argument check the provision and prevalence figures share: people, spaces and cases are zero or more.</summary>
internal static class NonNegative
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or infinite.</exception>
    public static void Require(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} must be zero or more and finite.");
        }
    }
}
