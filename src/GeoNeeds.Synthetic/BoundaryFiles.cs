using System.Text;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes the town's boundaries as GeoJSON FeatureCollections in British National Grid metres, one feature
/// per line, carrying the legacy <c>crs</c> member that ONS downloads in EPSG:27700 still have.
/// </summary>
internal static class BoundaryFiles
{
    private const string Header =
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::27700\"}},\"features\":[\n";

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(TownGeography.Factory, false, "id", RingOrientationOption.EnforceRfc9746) },
    };

    public static string WriteLsoas(string path, TownGeography town) =>
        Write(path, "LSOA_CODE", "LSOA_NAME", town.Lsoas.Select(lsoa => (lsoa.Code, lsoa.Name, (Geometry)lsoa.Geometry)));

    public static string WriteWards(string path, TownGeography town) =>
        Write(path, "WARD_CODE", "WARD_NAME", town.Wards.Select(ward => (ward.Code, ward.Name, ward.Geometry)));

    public static string WriteAuthority(string path, TownGeography town) =>
        Write(path, "LAD_CODE", "LAD_NAME", [(TownGeography.AuthorityCode, PlaceNames.Town, town.Authority)]);

    private static string Write(string path, string codeProperty, string nameProperty, IEnumerable<(string Code, string Name, Geometry Geometry)> areas)
    {
        var features = areas.Select(area =>
            JsonSerializer.Serialize(new Feature(area.Geometry, new AttributesTable { { codeProperty, area.Code }, { nameProperty, area.Name } }), Options));
        return DemoFile.Write(path, new StringBuilder(Header).AppendJoin(",\n", features).Append("\n]}\n").ToString());
    }
}
