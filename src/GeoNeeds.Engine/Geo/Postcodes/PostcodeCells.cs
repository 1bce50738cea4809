using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Precision;
using NetTopologySuite.Triangulate;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>
/// Voronoi cells of postcode points, built clip area by clip area: each area's points get the Voronoi diagram of
/// those points alone, cut to the area. The cells of one area tile it, so the cells of all areas tile the clip layer,
/// and a diagram of a few dozen points per LSOA costs far less than one diagram of a city cut cell by cell.
/// </summary>
/// <remarks>
/// Every coordinate is snapped to a millimetre grid (the clip areas first, then each cut by snap-rounding overlay),
/// so two neighbouring cells of one area compute their shared edge to the same vertices; where a cell edge meets the
/// area's boundary, the neighbouring area's cells are given that vertex too (<see cref="SharedVertices"/>), so the
/// cells form an exact coverage.
/// </remarks>
internal static class PostcodeCells
{
    /// <summary>The millimetre grid of British National Grid metres.</summary>
    public static readonly PrecisionModel Millimetre = new(1000);

    /// <summary>The cells, and the points and clip areas left over.</summary>
    /// <param name="Cells">One cell per postcode inside the clip layer.</param>
    /// <param name="Outside">Points in no clip area.</param>
    /// <param name="EmptyAreas">Clip areas holding no point, each joined to the cell (index into <paramref name="Cells"/>) of the point nearest it.</param>
    /// <param name="SharedPoints">Points that several postcodes share, their cells split among them.</param>
    /// <param name="LsoaDisagreements">Points inside the clip layer but outside the clip area the lookup gives as their LSOA.</param>
    public sealed record Result(IReadOnlyList<PostcodeCell> Cells, IReadOnlyList<PostcodeCentroid> Outside, IReadOnlyList<(string ClipCode, int Cell)> EmptyAreas, int SharedPoints, int LsoaDisagreements);

    public static Result Build(IReadOnlyList<PostcodeCentroid> centroids, AreaLayer clip)
    {
        var areas = clip.Areas.Select(a => a with { Geometry = GeometryPrecisionReducer.Reduce(a.Geometry, Millimetre) }).ToList();
        var placement = ClipPlacement.Place(centroids, areas, Millimetre);
        var cells = new List<PostcodeCell>();
        for (var i = 0; i < areas.Count; i++)
        {
            cells.AddRange(CellsOf(areas[i], placement.ByArea[i]));
        }

        var empty = areas.Where((_, i) => placement.ByArea[i].Count == 0).ToList();
        var joined = cells.Count > 0 ? JoinToNearestCells(cells, empty) : [];
        var matched = SharedVertices.Insert([.. cells.Select(c => c.Geometry)], Millimetre.GridSize);
        return new Result([.. cells.Select((c, i) => c with { Geometry = matched[i] })], placement.Outside, joined, SharedPoints(placement), placement.LsoaDisagreements);
    }

    private static IEnumerable<PostcodeCell> CellsOf(Area area, List<PostcodeCentroid> centroids)
    {
        var points = centroids.GroupBy(c => new Coordinate(Millimetre.MakePrecise(c.X), Millimetre.MakePrecise(c.Y)))
            .Select(g => (Site: g.Key, Postcodes: (IReadOnlyList<PostcodeCentroid>)[.. g.OrderBy(c => c.Postcode, StringComparer.Ordinal)]))
            .ToList();
        if (points.Count == 1)
        {
            return Split(points[0].Postcodes, points[0].Site, area.Code, area.Geometry);
        }

        var postcodesAt = points.ToDictionary(p => p.Site, p => p.Postcodes);
        var frame = area.Geometry.EnvelopeInternal.Copy();
        frame.ExpandBy(Math.Max(frame.Width, frame.Height) + 1);
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = frame };
        builder.SetSites([.. postcodesAt.Keys]);
        var diagram = builder.GetDiagram(area.Geometry.Factory);
        return Enumerable.Range(0, diagram.NumGeometries).Select(diagram.GetGeometryN).SelectMany(voronoi =>
        {
            var site = (Coordinate)voronoi.UserData;
            return Split(postcodesAt[site], site, area.Code, OverlayNG.Overlay(voronoi, area.Geometry, SpatialFunction.Intersection, Millimetre));
        });
    }

    /// <summary>The cell of one point, or of each postcode sharing it (<see cref="SharedPointSplit"/>); none when the cut left nothing.</summary>
    private static IEnumerable<PostcodeCell> Split(IReadOnlyList<PostcodeCentroid> postcodes, Coordinate site, string clipCode, Geometry cell)
    {
        var slices = postcodes.Count == 1 ? [cell] : SharedPointSplit.Slices(cell, site, postcodes.Count, Millimetre);
        return slices.Select(Polygonal).Zip(postcodes, (slice, postcode) => new PostcodeCell(postcode, clipCode, slice)).Where(c => !c.Geometry.IsEmpty);
    }

    private static int SharedPoints(ClipPlacement placement) =>
        placement.ByArea.Sum(area => area.GroupBy(c => (Millimetre.MakePrecise(c.X), Millimetre.MakePrecise(c.Y))).Count(g => g.Count() > 1));

    /// <summary>Gives each clip area without a point to the cell whose point is nearest the area's interior point.</summary>
    private static List<(string ClipCode, int Cell)> JoinToNearestCells(List<PostcodeCell> cells, IEnumerable<Area> emptyAreas)
    {
        var joined = new List<(string, int)>();
        var sites = new STRtree<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var first = cells[i].Postcode;
            sites.Insert(new Envelope(first.X, first.X, first.Y, first.Y), i);
        }

        sites.Build();
        foreach (var area in emptyAreas)
        {
            var inside = area.Geometry.InteriorPoint.EnvelopeInternal;
            var nearest = sites.NearestNeighbour(inside, -1, new SiteDistance(cells));
            var cell = cells[nearest];
            cells[nearest] = cell with { Geometry = Polygonal(OverlayNG.Overlay(cell.Geometry, area.Geometry, SpatialFunction.Union, Millimetre)) };
            joined.Add((area.Code, nearest));
        }

        return joined;
    }

    /// <summary>The polygons of an overlay result, without the lines and points a cut along an edge can leave.</summary>
    private static Geometry Polygonal(Geometry geometry) => geometry is Polygon or MultiPolygon
        ? geometry
        : geometry.Factory.BuildGeometry([.. Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).Where(g => g is Polygon)]);

    private sealed class SiteDistance(List<PostcodeCell> cells) : NetTopologySuite.Index.Strtree.IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            var (a, b) = (Point(item1), Point(item2));
            return a.Distance(b);
        }

        private Coordinate Point(IBoundable<Envelope, int> item) => item.Item >= 0
            ? new Coordinate(cells[item.Item].Postcode.X, cells[item.Item].Postcode.Y)
            : item.Bounds.Centre;
    }
}
