using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// Small inputs for the plausibility cases, written into a fresh folder: invented 1 km squares on the British grid
/// (X01000001 at 430000..431000 E, X01000002 east of it, 280000..281000 N), police.uk rows and referrals.
/// </summary>
internal static class PlausibilityInputs
{
    public const string Crs84 = "urn:ogc:def:crs:OGC:1.3:CRS84";
    public const string Grid = "urn:ogc:def:crs:EPSG::27700";

    /// <summary>-1.54485, 52.42161 is 431050 E, 280500 N (50 m inside X01000002) in WGS 84; see CountPointsTests.</summary>
    public const string Inside = "-1.54485,52.42161";

    /// <summary>A place in Lancashire, far from the squares.</summary>
    public const string Outside = "-3.2,54.05";

    public const string PoliceHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    /// <summary>A polygon ring as GeoJSON coordinates, from WKT-like "x y, x y, ..." text.</summary>
    public static string Ring(string points) =>
        "[[" + string.Join(",", points.Split(',').Select(p => "[" + string.Join(",", p.Trim().Split(' ')) + "]")) + "]]";

    public static string Square(int x0, int y0, int size = 1000) =>
        Ring(string.Create(CultureInfo.InvariantCulture, $"{x0} {y0}, {x0 + size} {y0}, {x0 + size} {y0 + size}, {x0} {y0 + size}, {x0} {y0}"));

    /// <summary>The two grid squares.</summary>
    public static string[] TwoSquares => [Square(430000, 280000), Square(431000, 280000)];

    /// <summary>A FeatureCollection of polygons coded X01000001, X01000002, ... with <paramref name="crs"/> as its legacy crs member (none when null).</summary>
    public static string Areas(string? crs, params string[] rings)
    {
        var member = crs is null ? "" : $$$"""
            "crs":{"type":"name","properties":{"name":"{{{crs}}}"}},
            """;
        var features = rings.Select((ring, i) => $$$"""{"type":"Feature","properties":{"CODE":"X010000{{{i + 1:D2}}}","NAME":"Area {{{i + 1}}}"},"geometry":{"type":"Polygon","coordinates":{{{ring}}}}}""");
        return $$"""{"type":"FeatureCollection",{{member}}"features":[{{string.Join(",\n", features)}}]}""";
    }

    /// <summary>A police.uk row for <paramref name="month"/> at <paramref name="lonLat"/> (empty for no location).</summary>
    public static string PoliceRow(string month, string lonLat) => $",{month},Police,Police,{(lonLat.Length == 0 ? "," : lonLat)},On or near Street,,,Burglary,,";

    public static string PoliceFile(params string[] rows) => string.Join("\n", [PoliceHeader, .. rows]) + "\n";

    /// <summary>A study of the squares (areas.geojson) with the police file police.csv as input 'incidents'; <paramref name="extra"/> is added to the input's mapping.</summary>
    public static string Study(string extra = "", string levelExtra = "") => $$"""
        title: Plausibility
        levels:
          - { name: lsoa, boundaries: areas.geojson, code_field: CODE, name_field: NAME{{levelExtra}} }
        inputs:
          - { name: incidents, files: police.csv{{extra}} }
        indicators:
          - { name: incidents, input: incidents }
        output: { suppress_below: 0 }
        """;

    /// <summary>A study of the squares with referrals.csv (postcode, received) placed by postcodes.csv.</summary>
    public const string ReferralStudy = """
        title: Plausibility
        levels:
          - { name: lsoa, boundaries: areas.geojson, code_field: CODE }
        postcodes:
          - { path: postcodes.csv, format: csv }
        inputs:
          - { name: referrals, type: referrals, files: referrals.csv, postcode_column: postcode, month_column: received }
        indicators:
          - { name: referrals, input: referrals }
        output: { suppress_below: 0 }
        """;

    /// <summary>Postcodes ZZ1 1AA (in X01000002) and ZZ1 1AB (in X01000001), invented.</summary>
    public const string Postcodes = "pcds,easting,northing\nZZ1 1AA,431050,280500\nZZ1 1AB,430500,280500\n";

    /// <summary>Writes each (name, content) into a new folder; content given as bytes is written as it is.</summary>
    public static string Folder(params (string Name, object Content)[] files)
    {
        var folder = CliProcess.NewFolder();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, name);
            if (content is byte[] bytes)
            {
                File.WriteAllBytes(path, bytes);
            }
            else
            {
                File.WriteAllText(path, (string)content, new UTF8Encoding(false));
            }
        }

        return folder;
    }

    /// <summary>Text as Windows-1252 bytes (é is 0xE9, no UTF-8 sequence).</summary>
    public static byte[] Windows1252(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>Output as one line, every run of white space one space: Spectre wraps long lines at the console width and indents lists.</summary>
    public static string Flat(string output) => Regex.Replace(output, @"\s+", " ");
}
