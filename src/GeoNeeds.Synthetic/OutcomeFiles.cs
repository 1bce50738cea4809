namespace GeoNeeds.Synthetic;

/// <summary>The full paths of one service's outcome forms that <see cref="DemoTown.Generate"/> wrote.</summary>
/// <param name="Intake"><c>outcomes/SERVICE_intake.csv</c>: one row per intake form.</param>
/// <param name="Exit"><c>outcomes/SERVICE_exit.csv</c>: one row per exit form.</param>
public sealed record OutcomeFiles(string Intake, string Exit);
