namespace GeoNeeds.Engine.Stats;

/// <summary>An observed share with Wilson limits against a fixed expected share or range.</summary>
/// <param name="Share">The observed share with its limits.</param>
/// <param name="Expected">The share or range a standard expects.</param>
/// <param name="Outcome">Below, within or above, on the limits.</param>
/// <param name="Confidence">The confidence level of the limits, e.g. 0.95.</param>
public sealed record ExpectedShareResult(ProportionLimits Share, ExpectedShare Expected, ExpectedShareOutcome Outcome, double Confidence);
