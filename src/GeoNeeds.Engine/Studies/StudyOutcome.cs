using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;

namespace GeoNeeds.Engine.Studies;

/// <summary>One service's outcomes in a study run: its tables over every case and, per level, over each area's cases.</summary>
/// <param name="Name">
/// What its files and disclosure keys are named by: <c>outcomes</c> when the study has one service,
/// <c>outcomes_adult</c> and <c>outcomes_children</c> when it has both.
/// </param>
/// <param name="Service">The kind of service.</param>
/// <param name="Outcomes">The forms read, matched and analysed, exactly as the <c>outcomes</c> verb does.</param>
/// <param name="ByLevel">Per level asked for, a report per area in the level's order, then one over the cases placed in none (<see cref="Unplaced"/>).</param>
/// <param name="IntakeFile">The intake forms' file, resolved.</param>
/// <param name="ExitFile">The exit forms' file, resolved.</param>
public sealed record StudyOutcome(string Name, OutcomeService Service, ServiceOutcomes Outcomes, IReadOnlyList<(string Level, IReadOnlyList<AreaOutcome> Areas)> ByLevel,
    string IntakeFile, string ExitFile)
{
    /// <summary>The area code of the row of cases whose postcode or area code places them in no area of the level.</summary>
    public const string Unplaced = "UNPLACED";

    /// <summary>The service in words, for headings.</summary>
    public string ServiceName => Service == OutcomeService.Children ? "children" : "adult";

    /// <summary>Each form file's row account, named as the run summary and the rejections report name it (e.g. <c>outcomes intake</c>).</summary>
    public IReadOnlyList<(string Name, string File, InputAccount Account)> Forms =>
        [($"{Name} intake", IntakeFile, Outcomes.Intake), ($"{Name} exit", ExitFile, Outcomes.Exit)];
}

/// <summary>The outcome report over the cases placed in one area (or in none: <see cref="StudyOutcome.Unplaced"/>).</summary>
public sealed record AreaOutcome(string Code, string Name, OutcomeReport Report);
