using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Triangulate;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Cuts the town into LSOA-like polygons: a Voronoi diagram of sites that crowd towards the centre (small
/// inner-city LSOAs, large suburban ones), clipped to the outline.
/// </summary>
/// <remarks>
/// The cells and the outline are noded together on the fixed precision grid and polygonised in one pass,
/// so neighbouring polygons share every vertex exactly: no gaps, no overlaps, and exact unions later.
/// </remarks>
internal static class LsoaTessellation
{
    private const int MaxAttemptsPerSpacing = 20_000;

    /// <summary><paramref name="count"/> polygons that exactly cover the outline, in site order.</summary>
    public static IReadOnlyList<Polygon> Create(TownOutline outline, int count, Random random, GeometryFactory factory)
    {
        var sites = PlaceSites(outline, count, random, factory.PrecisionModel);
        var faces = FacesInside(outline.Polygon, VoronoiCells(sites, outline.Polygon.EnvelopeInternal), factory);
        var owners = faces.Select(face => NearestSite(sites, face.InteriorPoint.Coordinate)).ToArray();
        AttachDetachedPieces(faces, owners);
        return Enumerable.Range(0, sites.Count)
            .Select(site => NetTopologySuite.Coverage.CoverageUnion.Union(faces.Where((_, i) => owners[i] == site).Cast<Geometry>().ToArray()) as Polygon
                ?? throw new InvalidOperationException($"LSOA site {site} came out in more than one piece."))
            .ToList();
    }

    /// <summary>
    /// Random sites with a minimum spacing that grows from the centre outwards; the spacing shrinks a little
    /// whenever the town is too full to take another site.
    /// </summary>
    private static List<Coordinate> PlaceSites(TownOutline outline, int count, Random random, PrecisionModel precision)
    {
        var sites = new List<Coordinate>(count);
        var spacing = 2.2 * TownOutline.MeanRadius / Math.Sqrt(count);
        var attempts = 0;
        while (sites.Count < count)
        {
            var fraction = 0.95 * Math.Pow(random.NextDouble(), 0.8);
            var candidate = outline.PointAt(2 * Math.PI * random.NextDouble(), fraction, precision);
            var minimum = spacing * (0.35 + fraction);
            if (sites.TrueForAll(site => site.Distance(candidate) >= minimum))
            {
                sites.Add(candidate);
            }
            else if (++attempts == MaxAttemptsPerSpacing)
            {
                spacing *= 0.95;
                attempts = 0;
            }
        }

        return sites;
    }

    private static List<Geometry> VoronoiCells(List<Coordinate> sites, Envelope town)
    {
        var clip = new Envelope(town);
        clip.ExpandBy(TownOutline.MeanRadius);
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = clip };
        builder.SetSites(sites);
        var diagram = builder.GetDiagram(new GeometryFactory());
        return Enumerable.Range(0, diagram.NumGeometries).Select(diagram.GetGeometryN).ToList();
    }

    /// <summary>The faces of the cell edges and the outline noded together, keeping those inside the town.</summary>
    private static List<Polygon> FacesInside(Polygon town, List<Geometry> cells, GeometryFactory factory)
    {
        var edges = cells.Select(cell => cell.Boundary).Append(town.Boundary);
        var noded = UnaryUnionNG.Union(edges, factory, factory.PrecisionModel);
        var polygonizer = new Polygonizer();
        polygonizer.Add(noded);
        return polygonizer.GetPolygons().Cast<Polygon>()
            .Where(face => town.Contains(face.InteriorPoint))
            .OrderBy(face => face.InteriorPoint.X).ThenBy(face => face.InteriorPoint.Y)
            .ToList();
    }

    private static int NearestSite(List<Coordinate> sites, Coordinate point)
    {
        var nearest = 0;
        for (var i = 1; i < sites.Count; i++)
        {
            if (sites[i].Distance(point) < sites[nearest].Distance(point))
            {
                nearest = i;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Where a bay in the outline splits a cell in two, the smaller piece joins the neighbour it shares most
    /// boundary with, so every LSOA is a single polygon.
    /// </summary>
    private static void AttachDetachedPieces(List<Polygon> faces, int[] owners)
    {
        for (var i = 0; i < faces.Count; i++)
        {
            var largest = Enumerable.Range(0, faces.Count).Where(j => owners[j] == owners[i]).MaxBy(j => faces[j].Area);
            if (largest == i)
            {
                continue;
            }

            var boundary = faces[i].Boundary;
            var neighbour = Enumerable.Range(0, faces.Count)
                .Where(j => owners[j] != owners[i] && faces[j].EnvelopeInternal.Intersects(faces[i].EnvelopeInternal))
                .MaxBy(j => boundary.Intersection(faces[j].Boundary).Length);
            owners[i] = owners[neighbour];
        }
    }
}
