using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Report.Reading;

/// <summary>
/// Which of a study's levels the report maps and tabulates, and which indicators count police-recorded
/// incidents and which referrals: read from the run summary, in the study's own order.
/// </summary>
public sealed class StudyShape(StudyOutput output)
{
    /// <summary>A level with more areas than this is mapped as a picture, not area by area (a national LSOA map).</summary>
    public const int MostDrawnAreas = 5000;

    /// <summary>A level with more areas than this is listed area by area only in its CSV.</summary>
    public const int MostTabulatedAreas = 50;

    private IReadOnlyList<LevelSummary> Levels => output.Summary.Levels;

    /// <summary>The level the report maps: the first (finest) one with a layer.</summary>
    public string? MapLevel => Levels.FirstOrDefault(l => output.Layer(l.Name) is not null)?.Name;

    /// <summary>The level whose areas the tables list: the one with the most areas up to <see cref="MostTabulatedAreas"/>.</summary>
    public string? TableLevel => Levels.Where(l => l.Areas <= MostTabulatedAreas && output.Table(l.Name + ".csv") is not null)
        .OrderByDescending(l => l.Areas).FirstOrDefault()?.Name;

    /// <summary>The coarsest level: the study area when it has one area.</summary>
    public string? TopLevel => Levels.LastOrDefault(l => output.Table(l.Name + ".csv") is not null)?.Name;

    /// <summary>The indicators built on inputs of <paramref name="type"/>, in the study's order.</summary>
    public IReadOnlyList<IndicatorSummary> IndicatorsOf(InputType type)
    {
        // The summary spells types as study files do: points, referrals.
        var spelling = type.ToString().ToLowerInvariant();
        var inputs = output.Summary.Inputs.Where(i => i.Type == spelling).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return [.. output.Summary.Indicators.Where(i => inputs.Contains(i.Input))];
    }

    /// <summary>The label of indicator <paramref name="name"/>, as the study gives it.</summary>
    public string Label(string name) => output.Summary.Indicators.FirstOrDefault(i => i.Name == name) is { } indicator
        ? indicator.Label ?? indicator.Name.Replace('_', ' ')
        : name.Replace('_', ' ');
}
