using GeoNeeds.Viewer.Web.Tiles;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoNeeds.Viewer.Tests.Web.Tiles;

/// <summary>
/// The tile grid's and the first picture's Web Mercator (<see cref="WebMercator"/>) against ProjNet's EPSG:3857
/// (metres from the grid's centre, the world 2 × 20,037,508.34 m wide) and the grid's published corner latitude.
/// </summary>
public class WebMercatorTests
{
    private const double HalfWorld = 20_037_508.342789244;

    private static readonly ICoordinateTransformation ToWebMercator = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WebMercator);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1.5197, 52.6369)] // Leicester
    [InlineData(-5.7, 50.07)]
    [InlineData(1.76, 55.8)]
    [InlineData(179.9, -84.9)]
    public void Fraction_Point_IsProjNetsWebMercatorAsAShareOfTheWorld(double longitude, double latitude)
    {
        var metres = ToWebMercator.MathTransform.Transform([longitude, latitude]);

        var (x, y) = WebMercator.Fraction(longitude, latitude);

        Assert.Equal((metres[0] + HalfWorld) / (2 * HalfWorld), x, 1e-12);
        Assert.Equal((HalfWorld - metres[1]) / (2 * HalfWorld), y, 1e-12);
    }

    [Theory]
    [InlineData(-1.5197, 52.6369)]
    [InlineData(-180, 0)]
    [InlineData(12.25, -60.5)]
    public void Degrees_OfFraction_IsThePointAgain(double longitude, double latitude)
    {
        var (x, y) = WebMercator.Fraction(longitude, latitude);

        var back = WebMercator.Degrees(x, y);

        Assert.Equal(longitude, back.Longitude, 1e-9);
        Assert.Equal(latitude, back.Latitude, 1e-9);
    }

    [Fact]
    public void Degrees_GridsNorthWestCorner_Is180West85Point0511North()
    {
        var (longitude, latitude) = WebMercator.Degrees(0, 0);

        Assert.Equal(-180, longitude);
        Assert.Equal(85.0511287798066, latitude, 1e-10);
    }
}
