using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>One case of a service: the intake form it is assessed from and, once closed, its exit form.</summary>
public sealed record OutcomeCase(IntakeForm Intake, ExitForm? Exit)
{
    /// <summary>
    /// Whether the intake is dated after the exit: an "error" in the published reports' words, counted and left out
    /// of case length.
    /// </summary>
    public bool IntakeAfterExit => Exit is { } exit && Intake.IntakeDate > exit.ExitDate;
}
