namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// The user-level national runs: <c>geoneeds count-points</c> of the points into the LSOAs (every count, unsuppressed),
/// and <c>geoneeds assess</c> of a one-level study of the same points (rates per 1,000 residents, CSV, GeoJSON and
/// the run summary; graphics off), written beside the points.
/// </summary>
internal static class NationalStudy
{
    public static IReadOnlyList<string> CountPoints(BenchFiles files, string outFolder) =>
        ["count-points", "--points", files.Points, "--polygons", files.Boundaries, "--code-field", "LSOA11CD", "--suppress-below", "0",
            "--out", Path.Combine(outFolder, "counts.csv")];

    public static IReadOnlyList<string> Assess(BenchFiles files, string outFolder) =>
        ["assess", WriteStudy(files, outFolder), "--no-graphics", "--out", Path.Combine(outFolder, "assess")];

    public static string SummaryOf(string outFolder) => Path.Combine(outFolder, "assess", "run-summary.json");

    private static string WriteStudy(BenchFiles files, string outFolder)
    {
        Directory.CreateDirectory(outFolder);
        var path = Path.Combine(outFolder, "national-study.yaml");
        File.WriteAllText(path, $"""
            title: National LSOA incidents (benchmark)
            levels:
              - name: lsoa
                boundaries: '{files.Boundaries}'
                code_field: LSOA11CD
                name_field: LSOA11NM
            population: {"{"} path: '{files.Population}', format: iod2019 {"}"}
            inputs:
              - name: incidents
                type: points
                files: ['{files.Points}']
                format: police-uk
            indicators:
              - {"{"} name: incidents, input: incidents, per: 1000 {"}"}
            """);
        return path;
    }
}
