using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Invents the town's deprivation as a smooth surface, two hot spots near the centre on a gentle slope,
/// so neighbouring LSOAs are alike, and turns it into IMD 2019-style national ranks and deciles.
/// </summary>
internal static class DeprivationSurface
{
    /// <summary>LSOAs ranked by the English Indices of Deprivation 2019 (MHCLG, 2019).</summary>
    public const int EnglishLsoaCount = 32_844;

    public static IReadOnlyList<LsoaDeprivation> Assign(TownGeography town, Random random)
    {
        var mainSpot = Offset(random, 300, 900);
        var secondSpot = Offset(random, 1_500, 2_400);
        var slopeAngle = 2 * Math.PI * random.NextDouble();
        var scores = town.Lsoas.Select(lsoa =>
        {
            var p = lsoa.Geometry.Centroid.Coordinate;
            var slope = ((p.X - TownOutline.Centre.X) * Math.Cos(slopeAngle)) + ((p.Y - TownOutline.Centre.Y) * Math.Sin(slopeAngle));
            return Bump(p, mainSpot, 1_300) + (0.7 * Bump(p, secondSpot, 700)) + (0.15 * slope / TownOutline.MeanRadius)
                + RandomDraws.Normal(random, 0, 0.08);
        }).ToList();

        var ranks = NationalRanks(scores, random);
        return scores.Select((score, i) => new LsoaDeprivation(score, ranks[i], Decile(ranks[i]))).ToList();
    }

    /// <summary>
    /// The national decile of a rank: decile d holds ranks in ((d − 1) × 3,284.4, d × 3,284.4], i.e.
    /// ⌈10 × rank / 32,844⌉, computed in integers.
    /// </summary>
    public static int Decile(int rank) => ((rank * 10) + EnglishLsoaCount - 1) / EnglishLsoaCount;

    /// <summary>
    /// Spreads the town's order across the national ranks, leaning a little towards the deprived end, with
    /// jitter; ranks are unique, as in the published index.
    /// </summary>
    private static int[] NationalRanks(List<double> scores, Random random)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToList();
        var ranks = new int[scores.Count];
        var taken = new HashSet<int>();
        for (var position = 0; position < order.Count; position++)
        {
            var quantile = Math.Pow((position + 0.5) / order.Count, 1.15);
            var rank = Math.Clamp((int)Math.Round((quantile * EnglishLsoaCount) + RandomDraws.Normal(random, 0, 250)), 1, EnglishLsoaCount);
            while (!taken.Add(rank))
            {
                rank = rank == EnglishLsoaCount ? 1 : rank + 1;
            }

            ranks[order[position]] = rank;
        }

        return ranks;
    }

    private static double Bump(Coordinate point, Coordinate centre, double spread) =>
        Math.Exp(-Math.Pow(point.Distance(centre) / spread, 2) / 2);

    private static Coordinate Offset(Random random, double minDistance, double maxDistance)
    {
        var angle = 2 * Math.PI * random.NextDouble();
        var distance = minDistance + ((maxDistance - minDistance) * random.NextDouble());
        return new Coordinate(TownOutline.Centre.X + (distance * Math.Cos(angle)), TownOutline.Centre.Y + (distance * Math.Sin(angle)));
    }
}
