namespace GeoNeeds.Report.Reading;

/// <summary>The services an output folder has outcome headlines for, from its <c>outcomes_&lt;service&gt;_per_100.csv</c> files.</summary>
public static class OutcomeServices
{
    private const string Prefix = "outcomes_";
    private const string Suffix = "_per_100.csv";

    public static IReadOnlyList<string> In(StudyOutput output) => [.. Directory.EnumerateFiles(output.Folder, Prefix + "*" + Suffix)
        .Select(Path.GetFileName).OfType<string>()
        .Select(name => name[Prefix.Length..^Suffix.Length])
        .Where(service => service.Length > 0)
        .Order(StringComparer.Ordinal)];
}
