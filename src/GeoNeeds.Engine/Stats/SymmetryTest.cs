namespace GeoNeeds.Engine.Stats;

/// <summary>
/// The result of a test that paired counts changed as often one way as the other (McNemar, McNemar–Bowker).
/// </summary>
/// <param name="Statistic">The chi-squared statistic Σ (n_ij − n_ji)² / (n_ij + n_ji), reported whichever way P was found.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom of the chi-squared reference distribution.</param>
/// <param name="P">The two-sided p-value, between 0 and 1.</param>
/// <param name="Method">How P was found, e.g. <see cref="McNemarTest.ChiSquaredMethod"/>.</param>
public sealed record SymmetryTest(double Statistic, int DegreesOfFreedom, double P, string Method);
