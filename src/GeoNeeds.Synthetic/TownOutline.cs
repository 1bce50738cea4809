using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// The demo town's outline: a smooth, irregular closed curve (a circle perturbed by a few low harmonics)
/// around a centre in the North Sea, so the invented town can never overlay a real one.
/// </summary>
internal sealed class TownOutline
{
    /// <summary>British National Grid E 560000, N 480000: open sea about 35 km east of Flamborough Head.</summary>
    public static readonly Coordinate Centre = new(560_000, 480_000);

    /// <summary>Average distance from the centre to the edge, in metres: a town of about 30 km².</summary>
    public const double MeanRadius = 3_200;

    private const int VertexCount = 180;

    private readonly (int Order, double Amplitude, double Phase)[] _harmonics;

    private TownOutline((int Order, double Amplitude, double Phase)[] harmonics, GeometryFactory factory)
    {
        _harmonics = harmonics;
        var ring = new Coordinate[VertexCount + 1];
        for (var i = 0; i < VertexCount; i++)
        {
            ring[i] = PointAt(2 * Math.PI * i / VertexCount, 1.0, factory.PrecisionModel);
        }

        ring[VertexCount] = ring[0].Copy();
        Polygon = factory.CreatePolygon(ring);
    }

    /// <summary>The outline as a polygon on the factory's precision grid.</summary>
    public Polygon Polygon { get; }

    /// <summary>An outline with random harmonics; low orders only, so the edge stays smooth and star-shaped.</summary>
    public static TownOutline Create(Random random, GeometryFactory factory)
    {
        var harmonics = new (int Order, double Amplitude, double Phase)[5];
        for (var i = 0; i < harmonics.Length; i++)
        {
            var order = i + 2;
            harmonics[i] = (order, (0.05 + (0.12 * random.NextDouble())) / order, 2 * Math.PI * random.NextDouble());
        }

        return new TownOutline(harmonics, factory);
    }

    /// <summary>
    /// The point at <paramref name="angle"/> (radians from east) and <paramref name="fraction"/> of the way
    /// from the centre to the edge, rounded to <paramref name="precision"/>.
    /// </summary>
    public Coordinate PointAt(double angle, double fraction, PrecisionModel precision)
    {
        var radius = MeanRadius * fraction * RadiusFactor(angle);
        return new Coordinate(
            precision.MakePrecise(Centre.X + (radius * Math.Cos(angle))),
            precision.MakePrecise(Centre.Y + (radius * Math.Sin(angle))));
    }

    private double RadiusFactor(double angle)
    {
        var factor = 1.0;
        foreach (var (order, amplitude, phase) in _harmonics)
        {
            factor += amplitude * Math.Cos((order * angle) + phase);
        }

        return factor;
    }
}
