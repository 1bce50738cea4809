namespace GeoNeeds.Engine.Stats;

/// <summary>Refuge spaces provided in an area against the number a standard recommends.</summary>
/// <param name="Recommended">Spaces the standard recommends for the population.</param>
/// <param name="Provided">Spaces provided.</param>
/// <param name="Difference">Provided − recommended: negative is a shortfall, as council tables print it.</param>
/// <param name="ShortfallPercent">
/// (Recommended − provided) ÷ recommended × 100, the ONS convention: positive is a shortfall, negative means the
/// standard is exceeded; null when nothing is recommended (a population of 0).
/// </param>
public sealed record RefugeComparison(double Recommended, double Provided, double Difference, double? ShortfallPercent);
