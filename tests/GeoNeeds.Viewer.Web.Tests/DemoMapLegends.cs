using System.Globalization;
using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Viewer.Tests;

/// <summary>
/// The legends of the demo's static ward maps, laid out by the map code that draws <c>maps/ward_*.png</c>, as
/// (label, colour <c>#rrggbb</c>, count) rows in printed order, to hold the viewer's legend against.
/// </summary>
internal static class DemoMapLegends
{
    public static IReadOnlyList<(string Label, string Colour, int Count)> WardRate(string indicator)
    {
        var (context, ward) = Ward();
        var i = context.Study.Indicators.ToList().FindIndex(d => d.Name == indicator);
        return Rows(StudyMaps.RateMap(context, ward, ward.Level.Layer!, i, labels: true));
    }

    public static IReadOnlyList<(string Label, string Colour, int Count)> WardDeprivation()
    {
        var (context, ward) = Ward();
        return Rows(StudyMaps.DeprivationMap(context, ward, ward.Level.Layer!, context.Deprivation!, labels: true));
    }

    private static (StudyContext Context, LevelGraphics Ward) Ward()
    {
        var context = new StudyContext(DemoOutputs.Result);
        return (context, context.Levels.Single(l => l.Name == "ward"));
    }

    private static List<(string Label, string Colour, int Count)> Rows(Maps.MapDrawing map) =>
        [.. map.Legend.Select(e => (e.Label, string.Create(CultureInfo.InvariantCulture, $"#{e.Fill.R:x2}{e.Fill.G:x2}{e.Fill.B:x2}"), e.Count))];
}
