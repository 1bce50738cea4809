namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// The demo's GeoPackage, TopoJSON and simplified GeoJSON opened by GDAL's <c>ogrinfo</c>, the reader QGIS uses.
/// Skipped where GDAL is not installed (Debian: apt-get install gdal-bin; .ci/run installs it).
/// </summary>
public class StudyExportsGdalTests
{
    [SkippableTheory]
    [InlineData("areas.gpkg", "lsoa", 100)]
    [InlineData("areas.gpkg", "ward", 12)]
    [InlineData("areas.gpkg", "lad", 1)]
    [InlineData("web/lsoa.topojson", "lsoa", 100)]
    [InlineData("web/ward.geojson", "ward", 12)]
    public void OgrInfo_DemoExport_OpensWithEveryFeatureAndItsColumns(string file, string layer, int features)
    {
        var ogrinfo = new[] { "/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo" }.FirstOrDefault(File.Exists);
        Skip.If(ogrinfo is null, "GDAL's ogrinfo is not installed (Debian: apt-get install gdal-bin; .ci/run installs it), so the exports are not opened with GDAL here.");

        var (exitCode, output, errors) = ExternalProgram.Run(ogrinfo!, null, "-ro", "-so", "-al", Path.Combine(StudyExportsTests.Outputs.Value, file));

        Assert.True(exitCode == 0, errors);
        Assert.Equal("", errors.Trim());
        Assert.Contains($"Layer name: {layer}", output, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {features}", output, StringComparison.Ordinal);
        Assert.Contains("area_code: String", output, StringComparison.Ordinal);
        Assert.Contains("police_incidents_count_suppressed: Integer(Boolean)", output, StringComparison.Ordinal);
        Assert.Contains("police_incidents_rate_per_1000: Real", output, StringComparison.Ordinal);
    }
}
