using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>
/// Reads the real ONS-derived boundary files of ../shared/data/boundaries (Martin Chorley's UK-GeoJSON, CC BY 4.0).
/// Feature counts come from that folder's README; first codes and names from the files themselves.
/// </summary>
public class RealBoundaryFileTests
{
    /// <remarks>
    /// Repair counts were measured when the reader was written. The 250 English districts self-intersect as
    /// published, an artefact of the topology's coarse quantization (about 50 m): an independent Python decoding of
    /// Hartlepool's rings finds the same crossings. The 94 national LSOAs are self-intersections left by generalisation.
    /// </remarks>
    [SkippableTheory]
    [InlineData("lsoa11_E08000026.geojson", null, 195, 0, "E01009522", "Coventry 014A")]
    [InlineData("wards_E08000026.geojson", null, 18, 0, "E05001218", "Bablake")]
    [InlineData("lad_england.topojson", "lad", 326, 250, "E06000001", "Hartlepool")]
    [InlineData("lad_wales.geojson", null, 22, 0, "W06000001", "Isle of Anglesey")]
    [InlineData("ew_lsoa11_generalised.geojson.gz", null, 34_753, 94, "E01011949", "Hartlepool 009A")]
    public void Read_RealBoundaryFile_ReadsEveryAreaWithDetectedCodesAndNames(string file, string? layerWithinFile, int count, int repaired, string firstCode, string firstName)
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/" + file), new() { LayerWithinFile = layerWithinFile });

        Assert.Equal(count, layer.Count);
        Assert.Equal(repaired, layer.RepairedGeometries);
        Assert.Equal((firstCode, firstName), (layer.Areas[0].Code, layer.Areas[0].Name));
        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
    }

    [SkippableFact]
    public void Read_CoventryLsoasAndWards_CoverTheSameCity()
    {
        // Coventry's LSOAs and wards tile the same authority: measured 98.610 km² and 98.624 km² on the British grid.
        // Their totals must agree to 0.1%; a misread ring, hole or part would move one by far more.
        var lsoas = SquareKilometres(BoundaryReader.Read(SharedData.Require("boundaries/lsoa11_E08000026.geojson")));
        var wards = SquareKilometres(BoundaryReader.Read(SharedData.Require("boundaries/wards_E08000026.geojson")));

        Assert.Equal(wards, lsoas, wards * 0.001);
    }

    private static double SquareKilometres(AreaLayer layer) =>
        layer.ReprojectedTo(CoordinateSystem.BritishNationalGrid).Areas.Sum(a => a.Geometry.Area) / 1e6;
}
