namespace GeoNeeds.Synthetic;

/// <summary>Counts of the faults planted in a service's files, so readers and matching have something to report.</summary>
/// <param name="DuplicateIntakes">Cases with an earlier, superseded intake form besides their own (a first contact later re-assessed).</param>
/// <param name="ExitsWithoutIntake">Exit forms whose case has no intake form.</param>
/// <param name="IntakesAfterExit">Cases whose intake date was typed later than their exit date.</param>
internal sealed record PlantedFaults(int DuplicateIntakes, int ExitsWithoutIntake, int IntakesAfterExit);
