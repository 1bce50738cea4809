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
public sealed record StudyOutcome(string Name, OutcomeService Service, ServiceOutcomes Outcomes, IReadOnlyList<(string Level, IReadOnlyList<AreaOutcome> Areas)> ByLevel)
{
    /// <summary>The area code of the row of cases whose postcode or area code places them in no area of the level.</summary>
    public const string Unplaced = "UNPLACED";

    /// <summary>The service in words, for headings.</summary>
    public string ServiceName => Service == OutcomeService.Children ? "children" : "adult";
}

/// <summary>The outcome report over the cases placed in one area (or in none: <see cref="StudyOutcome.Unplaced"/>).</summary>
public sealed record AreaOutcome(string Code, string Name, OutcomeReport Report);
