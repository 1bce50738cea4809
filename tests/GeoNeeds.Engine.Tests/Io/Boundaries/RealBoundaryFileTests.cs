using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>
/// Reads the real ONS-derived boundary files of ../shared/data/boundaries (Martin Chorley's UK-GeoJSON, CC BY 4.0).
/// Feature counts come from that folder's README; codes from the files' first features.
/// </summary>
public class RealBoundaryFileTests
{
    [SkippableFact]
    public void Read_CoventryLsoas_Reads195LsoasWithDetectedCodesAndNames()
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/lsoa11_E08000026.geojson"), new() { LayerName = "lsoa" });

        Assert.Equal(195, layer.Count);
        Assert.Equal("lsoa", layer.Name);
        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal("Coventry 014A", layer.Find("E01009522")?.Name);
        Assert.All(layer.Areas, a => Assert.StartsWith("E01", a.Code, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Read_CoventryWards_Reads18WardsByWd13Code()
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/wards_E08000026.geojson"));

        Assert.Equal(18, layer.Count);
        Assert.Equal("Bablake", layer.Find("E05001218")?.Name);
    }

    [SkippableFact]
    public void Read_EnglishDistrictsTopology_Reads326DistrictsFromObjectLad()
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/lad_england.topojson"), new() { LayerWithinFile = "lad" });

        Assert.Equal(326, layer.Count);
        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal("Hartlepool", layer.Find("E06000001")?.Name);
        Assert.Equal("Coventry", layer.Find("E08000026")?.Name);

        // Measured: 250 of the 326 districts self-intersect as published, an artefact of the topology's coarse
        // quantization (about 50 m); an independent Python decoding of Hartlepool's rings finds the same crossings.
        Assert.Equal(250, layer.RepairedGeometries);
    }

    [SkippableFact]
    public void Read_WelshDistricts_Reads22Districts()
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/lad_wales.geojson"));

        Assert.Equal(22, layer.Count);
        Assert.Equal("Isle of Anglesey", layer.Find("W06000001")?.Name);
    }

    [SkippableFact]
    public void Read_NationalGzippedLsoas_ReadsAll34753Lsoas()
    {
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/ew_lsoa11_generalised.geojson.gz"));

        Assert.Equal(34_753, layer.Count);
        Assert.Equal("Hartlepool 009A", layer.Find("E01011949")?.Name);
        // Measured when this reader was written: 94 of the generalised polygons are invalid as published
        // (self-intersections left by generalisation) and are repaired.
        Assert.Equal(94, layer.RepairedGeometries);
    }
}
