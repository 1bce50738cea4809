namespace GeoNeeds.Synthetic;

/// <summary>Draws from the standard distributions the generator needs, all from one seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    /// <summary>A normal deviate by the Box–Muller transform (Box and Muller, 1958).</summary>
    public static double Normal(Random random, double mean = 0, double standardDeviation = 1)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>A count near <paramref name="expected"/>: the normal approximation to a Poisson draw, never negative.</summary>
    public static int Count(Random random, double expected) =>
        Math.Max(0, (int)Math.Round(expected + (Math.Sqrt(expected) * Normal(random))));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(Random random, double probability) => random.NextDouble() < probability;

    /// <summary>One of <paramref name="items"/>, each equally likely.</summary>
    public static T OneOf<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
