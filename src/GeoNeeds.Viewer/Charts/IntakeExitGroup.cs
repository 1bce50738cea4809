namespace GeoNeeds.Viewer.Charts;

/// <summary>One group of an <see cref="IntakeExitChart"/>: the percentage of its cases with something at intake and at exit.</summary>
/// <param name="Label">The group in plain words, e.g. "Harassment and stalking".</param>
/// <param name="AtIntake">The percentage at intake, 0 to 100; <c>null</c> when withheld.</param>
/// <param name="AtExit">The percentage at exit, 0 to 100; <c>null</c> when withheld.</param>
/// <param name="N">The cases the percentages are of; <c>null</c> when withheld, or when the chart states one n for every group.</param>
public sealed record IntakeExitGroup(string Label, double? AtIntake, double? AtExit, long? N = null);
