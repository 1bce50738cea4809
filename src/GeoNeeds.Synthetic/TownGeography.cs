using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// The demo town's geography: LSOAs nested in wards nested in one local authority, in British National Grid
/// metres on a 0.1 m grid, with codes that can never be real ONS codes (<c>X01…</c>, <c>X05…</c>, <c>X06…</c>).
/// </summary>
internal sealed class TownGeography
{
    public const string AuthorityCode = "X06000001";

    /// <summary>The 0.1 m grid every coordinate of the town lies on.</summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(10), 27700);

    private TownGeography(IReadOnlyList<TownLsoa> lsoas, IReadOnlyList<TownWard> wards, Geometry authority)
    {
        Lsoas = lsoas;
        Wards = wards;
        Authority = authority;
    }

    /// <summary>The LSOAs in code order.</summary>
    public IReadOnlyList<TownLsoa> Lsoas { get; }

    /// <summary>The wards in code order.</summary>
    public IReadOnlyList<TownWard> Wards { get; }

    /// <summary>The local authority: the exact union of the LSOAs.</summary>
    public Geometry Authority { get; }

    public static TownGeography Create(Random random, int lsoaCount = 100, int wardCount = 12)
    {
        var outline = TownOutline.Create(random, Factory);
        var polygons = LsoaTessellation.Create(outline, lsoaCount, random, Factory);
        var wardOf = WardDivision.Assign(polygons, wardCount, random);

        var names = PlaceNames.Wards.OrderBy(_ => random.Next()).Take(wardCount).ToArray();
        var wardByIndex = Enumerable.Range(0, wardCount)
            .Select(ward => (Name: names[ward], Geometry: Union(polygons.Where((_, i) => wardOf[i] == ward))))
            .ToArray();
        var wards = wardByIndex.OrderBy(w => w.Name, StringComparer.Ordinal)
            .Select((w, i) => new TownWard(Code("X05", i), w.Name, w.Geometry))
            .ToList();
        var wardOfLsoa = wardOf.Select(ward => wards.Single(w => w.Name == wardByIndex[ward].Name)).ToArray();

        var lsoas = LsoaNaming.Names(polygons, wardOf)
            .Select((name, i) => (Name: name, Index: i))
            .OrderBy(lsoa => lsoa.Name, StringComparer.Ordinal)
            .Select((lsoa, rank) => new TownLsoa(Code("X01", rank), lsoa.Name, polygons[lsoa.Index], wardOfLsoa[lsoa.Index]))
            .ToList();
        return new TownGeography(lsoas, wards, Union(polygons));
    }

    /// <summary>The exact union of polygons that share edges vertex for vertex.</summary>
    private static Geometry Union(IEnumerable<Polygon> coverage) =>
        NetTopologySuite.Coverage.CoverageUnion.Union(coverage.Cast<Geometry>().ToArray());

    private static string Code(string prefix, int index) => $"{prefix}{index + 1:D6}";
}
