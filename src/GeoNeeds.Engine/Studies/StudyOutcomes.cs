using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Join;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Runs a study's <c>needs: outcomes</c>: each service's forms through <see cref="ServiceOutcomes"/> (the verb's one
/// computation), and each case placed by its intake's postcode (through the study's postcode tables, as referrals are)
/// or by an area code of the first level, then rolled up through the levels.
/// </summary>
internal static class StudyOutcomes
{
    /// <param name="locator">Searches the layer of <paramref name="cells"/>.</param>
    public static IReadOnlyList<StudyOutcome> Run(StudyDefinition study, IReadOnlyList<StudyLevel> levels, AreaLocator locator, StudyCells cells, Func<PostcodeLookup> postcodes)
    {
        if (study.Needs?.Outcomes is not { } need)
        {
            return [];
        }

        var services = new (OutcomeForms? Forms, OutcomeService Service, string Word)[] { (need.Adult, OutcomeService.Adult, "adult"), (need.Children, OutcomeService.Children, "children") }
            .Where(s => s.Forms is not null).ToList();
        var geocoder = new ReferralGeocoder(postcodes(), locator, cells.OfPostcode);
        var baseCodes = levels[0].Areas.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var byArea = need.Levels.Count == 0 ? levels : [.. levels.Where(l => need.Levels.Contains(l.Name))];
        return [.. services.Select(s =>
        {
            var (forms, service, word) = (s.Forms!, s.Service, s.Word);
            var (intake, exit) = (StudyFile.Resolve(study, forms.Intake), StudyFile.Resolve(study, forms.Exit));
            var outcomes = ServiceOutcomes.Run(intake, exit, service, need.Profile);
            var places = outcomes.Cases.Select(c => Place(c.Intake.Place, baseCodes, geocoder)).ToList();
            var name = services.Count == 1 ? Publish.OutcomeDisclosure.Source : $"{Publish.OutcomeDisclosure.Source}_{word}";
            return new StudyOutcome(name, service, outcomes, [.. byArea.Select(level => (level.Name, Areas(level, outcomes, places, service)))], intake, exit);
        })];
    }

    /// <summary>
    /// The first level's area of a case: its place when that is a code of the level, otherwise the area its postcode
    /// falls in. Cases count in whole base areas even where postcode levels split them (<see cref="StudyCells"/>), so
    /// that every level's outcome table nests in the base level's and no withheld figure is a difference of two.
    /// </summary>
    private static string? Place(string? place, HashSet<string> baseCodes, ReferralGeocoder geocoder) =>
        place is null ? null : baseCodes.Contains(place) ? place : geocoder.Place(place).Area?.Code is { } code ? StudyCells.BaseOf(code) : null;

    private static IReadOnlyList<AreaOutcome> Areas(StudyLevel level, ServiceOutcomes outcomes, IReadOnlyList<string?> places, OutcomeService service)
    {
        var codes = level.Areas.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var byCode = outcomes.Cases.Select((c, i) => (Case: c, Area: places[i] is { } code && level.CodeFor(code) is { } area && codes.Contains(area) ? area : null))
            .ToLookup(c => c.Area ?? StudyOutcome.Unplaced, c => c.Case, StringComparer.Ordinal);
        return
        [
            .. level.Areas.Select(a => new AreaOutcome(a.Key, a.Value, OutcomeReport.Of([.. byCode[a.Key]], service))),
            new AreaOutcome(StudyOutcome.Unplaced, $"cases placed in no {level.Name} area", OutcomeReport.Of([.. byCode[StudyOutcome.Unplaced]], service)),
        ];
    }
}
