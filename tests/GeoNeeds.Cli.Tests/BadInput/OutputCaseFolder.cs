using System.Security.Cryptography;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// A fresh folder for one output-path case: a small study (two 1 km squares of British National Grid, five
/// points: three inside, one without a location, one off the grid) with its inputs under <c>in/</c>, a link to
/// that folder, plain tables for the indicator verbs, and a file and a folder of the user's.
/// </summary>
internal static class OutputCaseFolder
{
    private const string Squares = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[
        {"type":"Feature","properties":{"CODE":"X01000001"},"geometry":{"type":"Polygon","coordinates":[[[430000,280000],[431000,280000],[431000,281000],[430000,281000],[430000,280000]]]}},
        {"type":"Feature","properties":{"CODE":"X01000002"},"geometry":{"type":"Polygon","coordinates":[[[431000,280000],[432000,280000],[432000,281000],[431000,281000],[431000,280000]]]}}]}
        """;

    private const string Study = """
        title: Two squares
        levels:
          - name: area
            boundaries: in/areas.geojson
            code_field: CODE
        inputs:
          - name: points
            files: in/points.csv
            format: columns
            columns: { x: e, y: n, crs: EPSG:27700 }
        indicators:
          - name: points
            input: points
        output: { folder: OUTPUT }
        """;

    /// <summary>The rows of <c>in/points.csv</c>: three in the squares, two rejected.</summary>
    public const int PointRows = 5;

    public static string Create()
    {
        var folder = CliProcess.NewFolder();
        Write(folder, "in/areas.geojson", Squares);
        Write(folder, "in/points.csv", "e,n\n430500,280500\n430600,280500\n431500,280500\n,\n999999,1\n");
        Write(folder, "study.yaml", Study.Replace("OUTPUT", "out", StringComparison.Ordinal));
        Write(folder, "study-into-inputs.yaml", Study.Replace("OUTPUT", "in", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(folder, "in-link"), Path.Combine(folder, "in"));
        Write(folder, "rates.csv", "area_code,count,population\nX01000001,2,1000\nX01000002,1,1000\n");
        Write(folder, "values.csv", "area_code,area_name,points_rate_per_1000,imd_decile\nX01000001,A,2,1\nX01000002,B,1,2\n");
        Write(folder, "recorded.csv", "area_code,recorded\nX01000001,2\n");
        Write(folder, "notes.txt", "the user's own file\n");
        Directory.CreateDirectory(Path.Combine(folder, "outdir"));
        return folder;
    }

    public static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Every file and folder under <paramref name="folder"/> (hidden ones too; links are left out, not followed), files with their SHA-256.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .ToDictionary(
                path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "folder");
}
