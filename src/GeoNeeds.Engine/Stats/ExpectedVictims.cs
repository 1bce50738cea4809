namespace GeoNeeds.Engine.Stats;

/// <summary>The victims a prevalence survey leads an area to expect, with the population it was applied to.</summary>
/// <param name="AreaCode">The area.</param>
/// <param name="PopulationInRange">People of the survey's ages (both sexes) the rates were applied to.</param>
/// <param name="Men">Expected men: Σ population × men's rate ÷ 100 over the bands.</param>
/// <param name="Women">Expected women, likewise.</param>
/// <param name="RowsOutsideRange">Population rows whose ages lie outside the survey's, left out.</param>
/// <param name="PopulationOutsideRange">The people in those rows.</param>
public sealed record ExpectedVictims(
    string AreaCode,
    double PopulationInRange,
    double Men,
    double Women,
    int RowsOutsideRange,
    double PopulationOutsideRange)
{
    /// <summary>Expected men and women together.</summary>
    public double All => Men + Women;
}
