namespace GeoNeeds.Engine.Stats;

/// <summary>How far a group is over- or under-represented in a profile compared with the population.</summary>
public static class RepresentationRatio
{
    /// <summary>
    /// The group's share of the profile (<paramref name="count"/> of <paramref name="total"/>) over its share of the
    /// population (<paramref name="groupPopulation"/> of <paramref name="population"/>), with Wilson score limits for
    /// each share (<see cref="WilsonScore"/>) and limits for the ratio by the Katz log method (Katz, Baptista, Azen
    /// &amp; Pike 1978, <i>Biometrics</i> 34:469): exp(ln ratio ∓ z√(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂)).
    /// </summary>
    /// <remarks>
    /// The population's share is treated as a sample share like the profile's; with populations of thousands its
    /// terms add almost nothing to the variance. The Katz variance is undefined for a count of 0, so a group
    /// absent from the profile has ratio 0 and no ratio limits, and a group with no population has no ratio at
    /// all (its share limits are still given). Populations may be fractional (apportioned estimates).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, not finite or above its total; a total is not positive; or the confidence is not
    /// strictly between 0 and 1 (as <see cref="WilsonScore.Calculate"/>).
    /// </exception>
    public static RepresentationEstimate Calculate(double count, double total, double groupPopulation, double population, double confidence)
    {
        var profile = WilsonScore.Calculate(count, total, confidence);
        var people = WilsonScore.Calculate(groupPopulation, population, confidence);
        if (groupPopulation == 0)
        {
            return new RepresentationEstimate(profile, people, null, null, null, confidence);
        }

        var ratio = profile.Proportion / people.Proportion;
        if (count == 0)
        {
            return new RepresentationEstimate(profile, people, ratio, null, null, confidence);
        }

        var z = ConfidenceLevel.NormalQuantile(confidence);
        var spread = z * Math.Sqrt((1 / count) - (1 / total) + (1 / groupPopulation) - (1 / population));
        return new RepresentationEstimate(profile, people, ratio, ratio * Math.Exp(-spread), ratio * Math.Exp(spread), confidence);
    }
}
