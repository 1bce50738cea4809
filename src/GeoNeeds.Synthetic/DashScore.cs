namespace GeoNeeds.Synthetic;

/// <summary>
/// DASH risk checklist scores (the number of the 27 questions ticked yes) at intake and exit, drawn so the intake
/// bands are about 21% standard (1–5), 39% medium (6–9) and 40% high (10+), and fall at exit to about 32% / 38% / 29%,
/// the shape of a published adult outreach report (n = 1,477 with a score at both).
/// </summary>
internal static class DashScore
{
    public const int MaximumTicks = 27;

    private static readonly WeightedChoice<int> IntakeBands = new([(0, 21), (1, 39), (2, 40)]);

    /// <summary>The DASH band of <paramref name="ticks"/>: 0 standard (1–5), 1 medium (6–9), 2 high (10+).</summary>
    public static int Band(int ticks) => ticks <= 5 ? 0 : ticks <= 9 ? 1 : 2;

    /// <summary>A score at intake: a band by its share, then a score within it, high scores thinning out towards 27.</summary>
    public static int AtIntake(Random random) => IntakeBands.Draw(random) switch
    {
        0 => random.Next(1, 6),
        1 => random.Next(6, 10),
        _ => Math.Min(MaximumTicks, 10 + (int)(-4 * Math.Log(1 - random.NextDouble()))),
    };

    /// <summary>
    /// The score at exit: for half of cases the risk fell (50–95% of the intake score), for four in ten it held and
    /// for one in ten it rose, with a tick or two of noise either way.
    /// </summary>
    public static int AtExit(int atIntake, Random random)
    {
        var draw = random.NextDouble();
        var factor = draw < 0.5 ? 0.5 + (0.45 * random.NextDouble()) : draw < 0.9 ? 1 : 1.05 + (0.25 * random.NextDouble());
        return Math.Clamp((int)Math.Round((atIntake * factor) + RandomDraws.Normal(random, 0, 1.2)), 1, MaximumTicks);
    }
}
