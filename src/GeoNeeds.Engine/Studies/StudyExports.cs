using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A run's levels as features for the GIS and web exports: each area's boundary in WGS 84 with its level-table
/// columns as <see cref="AreaRowColumns.Flagged"/> gives them, and the files the <c>output:</c> switches ask for
/// (<c>areas.gpkg</c>, <c>web/&lt;level&gt;.topojson</c>, <c>web/&lt;level&gt;.geojson</c> simplified).
/// </summary>
internal static class StudyExports
{
    /// <summary>The GeoPackage of every level with boundaries, written when <c>output.geopackage</c> is on.</summary>
    public const string GeoPackageFile = "areas.gpkg";

    /// <summary>The subfolder of the web exports, apart from the viewer's <c>&lt;level&gt;.geojson</c> layers.</summary>
    public const string WebFolder = "web";

    /// <summary>Each area of <paramref name="table"/> on <paramref name="layer"/>, in table order, its code as the feature id.</summary>
    public static IReadOnlyList<AreaFeature> Features(AreaLayer layer, LevelTable table, StudyResult result)
    {
        var wgs84 = layer.ReprojectedTo(CoordinateSystem.Wgs84);
        return [.. table.Rows.Select(row => new AreaFeature(
            wgs84.Find(row.Code)!.Geometry,
            AreaRowColumns.Flagged(row, table, result.Definition, result.Disclosure),
            row.Code))];
    }

    /// <summary>Writes the per-level web exports the study asks for and returns their names relative to <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> WriteWeb(string folder, StudyLevel level, LevelTable table, StudyResult result)
    {
        var output = result.Definition.Output;
        var written = new List<string>();
        if (output.Topojson)
        {
            written.Add($"{WebFolder}/{level.Name}.topojson");
            TopoJsonAreaWriter.Write(Path.Combine(folder, written[^1]), level.Name, Features(level.Layer!, table, result), output.Decimals);
        }

        if (output.SimplifiedGeojson)
        {
            written.Add($"{WebFolder}/{level.Name}.geojson");
            GeoJsonAreaWriter.Write(Path.Combine(folder, written[^1]), Features(SimplifiedCoverage.Of(level.Layer!, output.SimplifyMetres), table, result), output.Decimals);
        }

        return written;
    }

    /// <summary>Writes <see cref="GeoPackageFile"/> with a table per level that has boundaries.</summary>
    public static string WriteGeoPackage(string folder, StudyResult result)
    {
        var layers = result.Levels.Zip(result.Tables)
            .Where(l => l.First.Layer is not null)
            .Select(l => (l.First.Name, Features(l.First.Layer!, l.Second, result)))
            .ToList();
        GeoPackageAreaWriter.Write(Path.Combine(folder, GeoPackageFile), layers, result.Definition.Output.Decimals);
        return GeoPackageFile;
    }
}
