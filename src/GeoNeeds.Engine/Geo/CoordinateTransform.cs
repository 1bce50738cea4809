using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// Reprojects coordinates and geometries between the supported coordinate systems with ProjNet.
/// </summary>
/// <remarks>
/// OSGB36 and WGS 84 are different datums: projecting alone leaves points ~100 m out, enough to put them
/// in the wrong ward. The British National Grid definition therefore carries the OSGB36 → WGS 84 Helmert
/// parameters (EPSG transformation 1314, position-vector convention), good to about 5 m.
/// </remarks>
public sealed class CoordinateTransform
{
    internal const string BritishNationalGridWkt =
        "PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\"," +
        "SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]]," +
        "TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY[\"EPSG\",\"6277\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AUTHORITY[\"EPSG\",\"4277\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",49]," +
        "PARAMETER[\"central_meridian\",-2],PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000]," +
        "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST]," +
        "AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";

    // WGS 84 spelled out with a zero TOWGS84: ProjNet applies a datum shift only when both ends carry one.
    private const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "TOWGS84[0,0,0,0,0,0,0],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    // Building a ProjNet transformation parses WKT; callers ask per file or per row, so build each pair once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), CoordinateTransform> Cache = new();

    private readonly MathTransform? _math;

    private CoordinateTransform(CoordinateSystem source, CoordinateSystem target, MathTransform? math)
    {
        Source = source;
        Target = target;
        _math = math;
    }

    public CoordinateSystem Source { get; }

    public CoordinateSystem Target { get; }

    /// <summary>True when source and target are the same and coordinates pass through unchanged.</summary>
    public bool IsIdentity => _math is null;

    /// <summary>The transformation from <paramref name="source"/> to <paramref name="target"/>, shared by every caller.</summary>
    public static CoordinateTransform Between(CoordinateSystem source, CoordinateSystem target) =>
        Cache.GetOrAdd((source.Epsg, target.Epsg), _ => Unshared(source, target));

    /// <summary>
    /// A transformation from <paramref name="source"/> to <paramref name="target"/> of the caller's own, giving the
    /// same coordinates as <see cref="Between"/>: ProjNet does not promise that one transformation may be used from
    /// several threads at once, so each thread of a parallel join takes one of these.
    /// </summary>
    public static CoordinateTransform Unshared(CoordinateSystem source, CoordinateSystem target)
    {
        if (source == target)
        {
            return new CoordinateTransform(source, target, null);
        }

        var transformation = new CoordinateTransformationFactory().CreateFromCoordinateSystems(ToProjNet(source), ToProjNet(target));
        return new CoordinateTransform(source, target, transformation.MathTransform);
    }

    /// <summary>Transforms one coordinate pair.</summary>
    public (double X, double Y) Apply(double x, double y) => _math is null ? (x, y) : _math.Transform(x, y);

    /// <summary>A reprojected copy of <paramref name="geometry"/>; the input is not changed.</summary>
    public Geometry Apply(Geometry geometry)
    {
        if (_math is null)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(new SequenceFilter(_math));
        copy.GeometryChanged();
        return copy;
    }

    private static ProjNet.CoordinateSystems.CoordinateSystem ToProjNet(CoordinateSystem system) => system.Epsg switch
    {
        4326 => new CoordinateSystemFactory().CreateFromWkt(Wgs84Wkt),
        27700 => new CoordinateSystemFactory().CreateFromWkt(BritishNationalGridWkt),
        _ => throw new ArgumentException($"No transformation is defined for {system}.", nameof(system)),
    };

    private sealed class SequenceFilter(MathTransform math) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = math.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
