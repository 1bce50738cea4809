using GeoNeeds.Engine.Stats;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats;

/// <summary>
/// Every statistic refuses input it cannot use with an exception naming the argument and saying what is wanted;
/// a table of one bad call per check, each with the argument's name and the start of its message.
/// </summary>
public class RefusedInputTests
{
    private static readonly SpatialWeights Triangle = SpatialWeights.FromNeighbours([[1, 2], [0, 2], [0, 1]]);

    public static TheoryData<string, Action, string, string> BadCalls => new()
    {
        { "rate per 0 people", () => CrudeRate.Calculate(5, 1_000, 0), "multiplier", "A rate multiplier must be positive and finite, e.g. 1000." },
        { "funnel per 0 people", () => FunnelLimits.ForRate(10, 1_000, 0, 0.95), "multiplier", "A rate multiplier must be positive and finite, e.g. 1000." },
        { "funnel per infinitely many", () => FunnelLimits.ForRate(10, 1_000, double.PositiveInfinity, 0.95), "multiplier", "A rate multiplier must be positive" },
        { "funnel at a NaN population", () => FunnelLimits.ForRate(10, double.NaN, 1_000, 0.95), "population", "A funnel limit needs a population above zero." },
        { "negative count", () => PoissonLimits.Exact(-1, 0.95), "count", "A count of events must be zero or more and finite." },
        { "negative count for Byar", () => PoissonLimits.Byar(-1, 0.95), "count", "A count of events must be zero or more and finite." },
        { "change from a negative count", () => RateChange.Change(-1, 5), "count", "A count of events must be zero or more and finite." },
        { "change to a NaN count", () => RateChange.Change(5, double.NaN), "count", "A count of events must be zero or more and finite." },
        { "negative recommended refuge spaces", () => RefugeProvision.Compare(-1, 5), "recommended", "The recommended must be zero or more and finite." },
        { "negative provided refuge spaces", () => RefugeProvision.Compare(5, -1), "provided", "The provided must be zero or more and finite." },
        { "negative population for prevalence", () => ExpectedPrevalence.Expected(-1, 5), "population", "The population must be zero or more and finite." },
        { "negative prevalence", () => ExpectedPrevalence.Expected(100, -1), "percent", "The percent must be zero or more and finite." },
        { "unpaired line", () => LeastSquaresLine.Fit([1, 2, 3], [1, 2]), "y", "x has 3 values and y 2; they must pair up." },
        { "neighbour past the last area", () => SpatialWeights.FromNeighbours([[1, 3], [0], []]), "neighbours", "Area 0 lists neighbour 3: neighbours must be other areas 0..2, each listed once." },
        { "negative neighbour", () => SpatialWeights.FromNeighbours([[-1], [], []]), "neighbours", "Area 0 lists neighbour -1: neighbours must be other areas 0..2, each listed once." },
        {
            "benchmark at 90%", () => BenchmarkComparison.Compare(CrudeRate.Calculate(5, 1_000, 1_000), CrudeRate.Calculate(6, 1_000, 1_000), Polarity.HigherIsWorse, 0.9),
            "confidence", "Rates carry 95% (0.95) and 99.8% (0.998) limits."
        },
        { "negative age", () => _ = new AgeBand(-1, null), "From", "An age cannot be negative." },
        { "band ending before it starts", () => _ = new AgeBand(10, 5), "To", "A band cannot end before it starts." },
        { "unknown sex", () => new SurveyBand(new AgeBand(16, 59), 1, 2, 3).PercentFor('X'), "sex", "Sex must be 'M' or 'F'." },
        { "NaN comparator", () => ComparatorRanking.Rank([("A", 1), ("B", double.NaN)]), "comparators", "Comparator values must be finite numbers or null (no value)." },
        { "refuge standard per 0 people", () => RefugeProvision.Recommended(1_000, new RefugeStandard(0, 1)), "standard", "A refuge standard needs a positive population and a positive number of spaces." },
        { "refuge standard of 0 spaces", () => RefugeProvision.Recommended(1_000, new RefugeStandard(10_000, 0)), "standard", "A refuge standard needs" },
        { "negative weight", () => AreaMean.Weighted([(1, -1)]), "items", "Values and weights must be finite and weights zero or more; got value 1 with weight -1." },
        { "NaN value", () => AreaMean.Simple([double.NaN]), "items", "Values and weights must be finite and weights zero or more; got value NaN with weight 1." },
        { "two areas", () => GlobalMoran.Calculate(SpatialWeights.FromNeighbours([[1], [0]]), [1, 2]), "values", "Spatial autocorrelation needs at least 3 areas; there are 2." },
        { "values for fewer areas", () => GlobalMoran.Calculate(Triangle, [1, 2]), "values", "There are 2 values for 3 areas; give one value per area, in the weights' order." },
        { "NaN area value", () => GlobalMoran.Calculate(Triangle, [1, double.NaN, 3]), "values", "Every value must be a finite number; an area without a value cannot be placed among its neighbours." },
        { "no permutations", () => LocalMoran.Calculate(Triangle, [1, 2, 3], permutations: 0), "permutations", "At least one permutation is needed; 999 is usual." },
        { "significance of 1", () => LocalMoran.Calculate(Triangle, [1, 2, 3], significance: 1), "significance", "The significance level must be strictly between 0 and 1, e.g. 0.05." },
        { "significance of 0", () => LocalMoran.Calculate(Triangle, [1, 2, 3], significance: 0), "significance", "The significance level must be strictly between 0 and 1" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void Call_BadInput_IsRefusedNamingTheArgument(string bad, Action call, string argument, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);

        Assert.True(argument == error.ParamName, $"{bad}: the error names '{error.ParamName}', not '{argument}'");
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
