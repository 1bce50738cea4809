using MathNet.Numerics.Distributions;

namespace GeoNeeds.Engine.Stats;

/// <summary>A two-sided confidence level 1 − α, checked once for every interval that takes one.</summary>
internal static class ConfidenceLevel
{
    /// <summary>α/2, the probability in each tail.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public static double TailProbability(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence), confidence, "Confidence must be a fraction strictly between 0 and 1, e.g. 0.95.");
        }

        return (1 - confidence) / 2;
    }

    /// <summary>The standard normal quantile z with α/2 above it, e.g. 1.959964 at 95%.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public static double NormalQuantile(double confidence) => Normal.InvCDF(0, 1, 1 - TailProbability(confidence));
}
