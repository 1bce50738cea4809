using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Stats;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The areas a study counts events in. Usually its base areas (LSOAs). A study with postcode levels cut to its base
/// level counts in each base area's part in each postcode area instead (<c>E01009590|CV1 1</c>): postcode areas
/// and LSOAs do not nest, so only these parts sum to both, and each event is counted in its own postcode area rather
/// than its LSOA's. Tables given per base area (population, denominators, deprivation) are shared among its parts.
/// </summary>
internal sealed class StudyCells
{
    /// <summary>Between the base area's code and the postcode area's in a part's code.</summary>
    public const char Separator = '|';

    private readonly IReadOnlyDictionary<string, (string Code, double Weight)[]> _partsOf;

    private StudyCells(AreaLayer layer, IReadOnlyDictionary<string, (string Code, double Weight)[]> partsOf, IReadOnlyDictionary<string, string> ofPostcode, string? method)
    {
        (Layer, _partsOf, OfPostcode, Method) = (layer, partsOf, ofPostcode, method);
        Codes = [.. layer.Areas.Select(a => a.Code)];
    }

    /// <summary>How events and population come to postcode areas, for the run summary and the report; null when base areas are whole.</summary>
    public string? Method { get; }

    /// <summary>The areas events are placed in: the base layer, or the parts' polygons in British National Grid.</summary>
    public AreaLayer Layer { get; }

    /// <summary>Every area's code, in the order of <see cref="Layer"/>.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Whether base areas are split into parts.</summary>
    public bool AreSplit => OfPostcode.Count > 0;

    /// <summary>The part holding each postcode's own polygon, so a referral counts in its own postcode area (postcodes sharing a point have slices of it).</summary>
    public IReadOnlyDictionary<string, string> OfPostcode { get; }

    /// <summary>The base areas themselves.</summary>
    public static StudyCells Whole(AreaLayer baseLayer) => new(baseLayer, new Dictionary<string, (string, double)[]>(), new Dictionary<string, string>(), null);

    /// <summary>
    /// Each base area split by the postcode areas of <paramref name="finest"/>, from <paramref name="units"/> cut to
    /// the base layer: a part is the union of the units of one base area in one postcode area, weighted by its
    /// postcodes (or by their population when the lookup gives every postcode one). A base area holding no postcode is
    /// one part, in the postcode area it was joined to; a base area the units missed stays whole.
    /// </summary>
    public static StudyCells Split(AreaLayer baseLayer, PostcodeAreas units, PostcodeLevel finest)
    {
        var byPopulation = units.Members.All(m => m.Population is not null);
        var parts = units.Members.GroupBy(m => CodeOf(m.ClipCode, PostcodeParts.Coarsen(m.Postcode, PostcodeLevel.Unit, finest)), StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Base: g.First().ClipCode, Weight: byPopulation ? g.Sum(m => m.Population!.Value) : g.Count(),
                Geometry: Combined(g.Select(m => units.Layer.Find(m.AreaCode)!.Geometry))))
            .ToList();
        var bng = baseLayer.ReprojectedTo(CoordinateSystem.BritishNationalGrid);
        var empty = units.EmptyClipAreas.Select(e => (Code: CodeOf(e.Key, PostcodeParts.Coarsen(e.Value, PostcodeLevel.Unit, finest)), Base: e.Key, Weight: 1.0,
            bng.Find(e.Key)!.Geometry)).ToList();
        var split = parts.Select(p => p.Base).Concat(empty.Select(e => e.Base)).ToHashSet(StringComparer.Ordinal);
        var whole = bng.Areas.Where(a => !split.Contains(a.Code)).Select(a => (a.Code, Base: a.Code, Weight: 1.0, a.Geometry));

        // A base area without postcodes is also inside the unit it was joined to; listed first, it wins the points inside it.
        var all = empty.Concat(parts.OrderBy(p => p.Code, StringComparer.Ordinal)).Concat(whole).ToList();
        // Named as the base layer: a point in no part is in no base area, and its rejection says so.
        var layer = new AreaLayer(baseLayer.Name, CoordinateSystem.BritishNationalGrid, all.Select(p => new Area(p.Code, p.Code, p.Geometry)));
        var partsOf = all.GroupBy(p => p.Base, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => (p.Code, p.Weight)).ToArray(), StringComparer.Ordinal);
        var ofPostcode = units.Members.ToDictionary(m => m.Postcode, m => CodeOf(m.ClipCode, PostcodeParts.Coarsen(m.Postcode, PostcodeLevel.Unit, finest)), StringComparer.Ordinal);
        var method = $"postcode area of each event (a referral's postcode, a point's location), {baseLayer.Name} population shared by "
            + (byPopulation ? "the lookup's postcode population" : "postcode count");
        return new StudyCells(layer, partsOf, ofPostcode, method);
    }

    /// <summary>The code of a base area's part in a postcode area.</summary>
    public static string CodeOf(string baseCode, string postcodeArea) => baseCode + Separator + postcodeArea;

    /// <summary>The base area of <paramref name="code"/> (a part's or a base area's own code).</summary>
    public static string BaseOf(string code) => code.IndexOf(Separator) is >= 0 and var at ? code[..at] : code;

    /// <summary>The postcode area of a part, or <c>null</c> for a base area's own code.</summary>
    public static string? PostcodeAreaOf(string code) => code.IndexOf(Separator) is >= 0 and var at ? code[(at + 1)..] : null;

    /// <summary>
    /// A base-area table shared among the parts by their weights; whole numbers stay whole (largest remainder), so the
    /// parts of a base area sum exactly to its value.
    /// </summary>
    public IReadOnlyDictionary<string, double> Apportion(IReadOnlyDictionary<string, double> byBase)
    {
        if (!AreSplit)
        {
            return byBase;
        }

        var byPart = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, value) in byBase)
        {
            foreach (var (part, share) in Shares(code, value))
            {
                byPart[part] = share;
            }
        }

        return byPart;
    }

    /// <summary>A population by age and sex shared among the parts, age band by age band (<see cref="Apportion(IReadOnlyDictionary{string, double})"/>).</summary>
    public IReadOnlyList<PopulationCount> Apportion(IReadOnlyList<PopulationCount> byBase) => AreSplit
        ? [.. byBase.SelectMany(c => Shares(c.AreaCode, c.Population).Select(s => c with { AreaCode = s.Part, Population = s.Share }))]
        : byBase;

    /// <summary>A population by group shared among the parts, group by group.</summary>
    public IReadOnlyList<GroupPopulation> Apportion(IReadOnlyList<GroupPopulation> byBase) => AreSplit
        ? [.. byBase.SelectMany(c => Shares(c.AreaCode, c.Population).Select(s => c with { AreaCode = s.Part, Population = s.Share }))]
        : byBase;

    /// <summary>A base-area value every part keeps whole (a deprivation decile).</summary>
    public IReadOnlyDictionary<string, T> Inherit<T>(IReadOnlyDictionary<string, T> byBase) => AreSplit
        ? byBase.SelectMany(b => PartsOf(b.Key).Select(p => KeyValuePair.Create(p.Code, b.Value))).ToDictionary(StringComparer.Ordinal)
        : byBase;

    private (string Code, double Weight)[] PartsOf(string baseCode) => _partsOf.TryGetValue(baseCode, out var parts) ? parts : [(baseCode, 1)];

    private IEnumerable<(string Part, double Share)> Shares(string baseCode, double value)
    {
        var parts = PartsOf(baseCode);
        return parts.Select(p => p.Code).Zip(Shared(value, [.. parts.Select(p => p.Weight)]));
    }

    /// <summary>
    /// <paramref name="value"/> in proportion to <paramref name="weights"/>; a whole number in whole numbers by the
    /// largest-remainder (Hamilton) method, ties to the first.
    /// </summary>
    internal static double[] Shared(double value, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var exact = weights.Select(w => total > 0 ? value * w / total : value / weights.Count).ToArray();
        if (value != Math.Floor(value) || Math.Abs(value) > 1e15)
        {
            return exact;
        }

        var whole = exact.Select(Math.Floor).ToArray();
        var left = (long)Math.Round(value - whole.Sum());
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - whole[i]).ThenBy(i => i).Take((int)left))
        {
            whole[i]++;
        }

        return whole;
    }

    private static Geometry Combined(IEnumerable<Geometry> units)
    {
        var polygons = units.SelectMany(u => Enumerable.Range(0, u.NumGeometries).Select(u.GetGeometryN)).OfType<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : polygons[0].Factory.CreateMultiPolygon(polygons);
    }
}
