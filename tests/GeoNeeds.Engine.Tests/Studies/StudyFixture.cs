using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// A tiny study on disk: four 1 km square LSOAs (X01000001..4, west to east) in two wards (X05000001 holds the
/// western two), 1,000 residents each, IMD deciles 1, 3, 5 and 10, and police.uk rows placed at the squares'
/// centres in lon/lat.
/// </summary>
internal sealed class StudyFixture
{
    private const double West = 430000;
    private const double South = 280000;

    public StudyFixture()
    {
        Folder = TestFiles.NewFolder();
        Write("lsoa.geojson", Squares("LSOA", Enumerable.Range(0, 4).Select(i => ($"X0100000{i + 1}", $"Test {i + 1}", i, i + 1))));
        Write("wards.geojson", Squares("WARD", [("X05000001", "West ward", 0, 2), ("X05000002", "East ward", 2, 4)]));
        Write("population.csv", "area_code,sex,age,population\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"X0100000{i},M,30,400\nX0100000{i},F,30,600\n")));
        Write("imd.csv", "\uFEFFLSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile\n"
            + "X01000001,Test 1,X06000001,Town,100,1\nX01000002,Test 2,X06000001,Town,\"7,000\",3\nX01000003,Test 3,X06000001,Town,\"14,000\",5\nX01000004,Test 4,X06000001,Town,\"32,000\",10\n");
    }

    /// <summary>The study-file lines of the fixture's two levels, age-sex population, deprivation and one police indicator per 1,000.</summary>
    public const string LevelsAndViolence = """
        levels:
          - { name: lsoa, boundaries: lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
          - { name: ward, boundaries: wards.geojson, code_field: WARD_CODE, name_field: WARD_NAME }
        population: { path: population.csv, format: age-sex }
        deprivation: { path: imd.csv, format: imd2019 }
        inputs: [{ name: incidents, files: police.csv }]
        indicators: [{ name: violence, input: incidents, per: 1000 }]

        """;

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Write(string name, string content) => File.WriteAllText(PathOf(name), content, new UTF8Encoding(false));

    /// <summary>A police.uk street-level file with <paramref name="perSquare"/>[i] violent crimes at square i's centre, plus the given extra lines.</summary>
    public void WritePoliceFile(string name, int[] perSquare, params string[] extraLines)
    {
        var toLonLat = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);
        var text = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (var square = 0; square < perSquare.Length; square++)
        {
            var (lon, lat) = toLonLat.Apply(West + (square * 1000) + 500, South + 500);
            for (var n = 0; n < perSquare[square]; n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"id{square}{n},2025-0{4 + (n % 2)},Test Police,Test Police,{lon:F6},{lat:F6},On or near Test Street,X0100000{square + 1},Test {square + 1},Violence and sexual offences,Under investigation,\n");
            }
        }

        foreach (var line in extraLines)
        {
            text.Append(line).Append('\n');
        }

        Write(name, text.ToString());
    }

    private static string Squares(string prefix, IEnumerable<(string Code, string Name, int From, int To)> areas)
    {
        var features = areas.Select(a =>
        {
            double x0 = West + (a.From * 1000), x1 = West + (a.To * 1000), y0 = South, y1 = South + 1000;
            return $$$"""{"type":"Feature","properties":{"{{{prefix}}}_CODE":"{{{a.Code}}}","{{{prefix}}}_NAME":"{{{a.Name}}}"},"geometry":{"type":"Polygon","coordinates":[[[{{{x0}}},{{{y0}}}],[{{{x1}}},{{{y0}}}],[{{{x1}}},{{{y1}}}],[{{{x0}}},{{{y1}}}],[{{{x0}}},{{{y0}}}]]]}}""";
        });
        return $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[{{{string.Join(",", features)}}}]}""";
    }
}
