namespace GeoNeeds.Engine.Stats;

/// <summary>
/// The least-squares fit of <c>phe_sii</c>: Y√a = β₀√a + β₁b√a without a free intercept, a the population share
/// and b the relative rank of each quantile. The design is fixed by the populations, so its pseudo-inverse
/// (XᵀX)⁻¹Xᵀ is computed once and each refit in the simulation is two dot products.
/// </summary>
internal sealed class WeightedRankRegression
{
    private readonly double[] _rootShares;
    private readonly double[] _interceptRow;
    private readonly double[] _slopeRow;

    public WeightedRankRegression(IReadOnlyList<double> populations, IReadOnlyList<double> ranks)
    {
        var total = populations.Sum();
        _rootShares = populations.Select(p => Math.Sqrt(p / total)).ToArray();
        double saa = 0, sab = 0, sbb = 0;
        for (var i = 0; i < _rootShares.Length; i++)
        {
            var a = _rootShares[i] * _rootShares[i];
            saa += a;
            sab += a * ranks[i];
            sbb += a * ranks[i] * ranks[i];
        }

        var determinant = (saa * sbb) - (sab * sab);
        _interceptRow = new double[_rootShares.Length];
        _slopeRow = new double[_rootShares.Length];
        for (var i = 0; i < _rootShares.Length; i++)
        {
            var x0 = _rootShares[i];
            var x1 = ranks[i] * _rootShares[i];
            _interceptRow[i] = ((sbb * x0) - (sab * x1)) / determinant;
            _slopeRow[i] = ((saa * x1) - (sab * x0)) / determinant;
        }
    }

    /// <summary>β₀ (the fitted rate at rank 0) and β₁ (the slope) for quantile rates <paramref name="rates"/>.</summary>
    public (double Intercept, double Slope) Fit(IReadOnlyList<double> rates)
    {
        double intercept = 0, slope = 0;
        for (var i = 0; i < _rootShares.Length; i++)
        {
            var y = _rootShares[i] * rates[i];
            intercept += _interceptRow[i] * y;
            slope += _slopeRow[i] * y;
        }

        return (intercept, slope);
    }
}
