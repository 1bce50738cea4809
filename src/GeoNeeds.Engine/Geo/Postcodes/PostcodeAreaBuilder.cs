using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>
/// Derives postcode unit, sector and district polygons, which are not published openly: the Voronoi cell of each
/// postcode's point (NetTopologySuite's <c>VoronoiDiagramBuilder</c>) cut to the clip area (LSOA or authority) the
/// point lies in, so cells stop at the coast and the study's edge; sectors and districts are their units dissolved
/// (OverlayNG union on a millimetre grid).
/// </summary>
/// <remarks>
/// Postcodes sharing one point (a block of flats, a large user's site) split its cell evenly: equal angles about the
/// point, one slice each in ordinal order, so every postcode has a polygon of its own and its sector and district
/// keep theirs (in Coventry, the only CV8 postcodes share one point with CV1 postcodes). A clip area holding no
/// postcode is given whole to the unit of the postcode nearest its interior point, so the units still tile the clip
/// layer. Leaving terminated postcodes out is the caller's choice (<c>Join.PostcodeCentroids</c>).
/// </remarks>
public static class PostcodeAreaBuilder
{
    /// <summary>Builds the polygons of <paramref name="level"/> from <paramref name="centroids"/> within <paramref name="clip"/>.</summary>
    /// <param name="centroids">Postcode points in British National Grid metres.</param>
    /// <param name="clip">The areas the polygons are cut to, in any supported coordinate system.</param>
    /// <param name="level">Units, sectors or districts.</param>
    public static PostcodeAreas Build(IReadOnlyList<PostcodeCentroid> centroids, AreaLayer clip, PostcodeLevel level)
    {
        var cells = PostcodeCells.Build(centroids, clip.ReprojectedTo(CoordinateSystem.BritishNationalGrid));
        var units = new AreaLayer(PostcodeAreas.LayerName(PostcodeLevel.Unit), CoordinateSystem.BritishNationalGrid,
            cells.Cells.Select(cell => new Area(cell.Postcode.Postcode, cell.Postcode.Postcode, cell.Geometry)).OrderBy(a => a.Code, StringComparer.Ordinal));
        var members = cells.Cells.Select(cell => new PostcodeMember(cell.Postcode.Postcode, cell.Postcode.Postcode, cell.ClipCode, cell.Postcode.Population));
        var built = new PostcodeAreas(PostcodeLevel.Unit, units, [.. members], cells.Outside, cells.SharedPoints,
            cells.EmptyAreas.ToDictionary(e => e.ClipCode, e => cells.Cells[e.Cell].Postcode.Postcode, StringComparer.Ordinal), cells.LsoaDisagreements);
        return Coarsened(built, level);
    }

    /// <summary>
    /// The sectors or districts of <paramref name="units"/> (built by <see cref="Build"/> at <see cref="PostcodeLevel.Unit"/>):
    /// each the union of its units, so one set of Voronoi cells serves every level.
    /// </summary>
    public static PostcodeAreas Coarsened(PostcodeAreas units, PostcodeLevel level)
    {
        if (level == PostcodeLevel.Unit)
        {
            return units;
        }

        var areas = units.Members.GroupBy(m => PostcodeParts.CodeAt(m.Postcode, level), StringComparer.Ordinal)
            .Select(g => new Area(g.Key, g.Key, Dissolve([.. g.Select(m => units.Layer.Find(m.AreaCode)!.Geometry)])));
        var layer = new AreaLayer(PostcodeAreas.LayerName(level), CoordinateSystem.BritishNationalGrid, areas.OrderBy(a => a.Code, StringComparer.Ordinal));
        return units with
        {
            Level = level,
            Layer = layer,
            Members = [.. units.Members.Select(m => m with { AreaCode = PostcodeParts.CodeAt(m.Postcode, level) })],
            EmptyClipAreas = units.EmptyClipAreas.ToDictionary(e => e.Key, e => PostcodeParts.CodeAt(e.Value, level), StringComparer.Ordinal),
        };
    }

    // Snap-rounding union rather than CoverageUnion: generalised LSOA boundaries leave slivers between neighbours,
    // which CoverageUnion, made for exact coverages, would misread.
    private static Geometry Dissolve(Geometry[] units) => units.Length == 1
        ? units[0]
        : UnaryUnionNG.Union((IEnumerable<Geometry>)units, PostcodeCells.Millimetre);
}
