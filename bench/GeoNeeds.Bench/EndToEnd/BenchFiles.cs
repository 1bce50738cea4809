namespace GeoNeeds.Bench.EndToEnd;

/// <summary>The inputs of a national run: real polygons and denominators from shared data, synthetic points.</summary>
/// <param name="Boundaries">The 34,753 LSOAs of England and Wales (<c>ew_lsoa11_generalised.geojson.gz</c>).</param>
/// <param name="Population">IoD 2019 File 6 population denominators (English LSOAs).</param>
/// <param name="Points">A police.uk-format CSV written by <see cref="Generation.NationalCrimeFile"/>.</param>
internal sealed record BenchFiles(string Boundaries, string Population, string Points)
{
    /// <summary>The shared data folder: <c>--shared DIR</c>, else <c>../shared/data</c> beside the repository root.</summary>
    public static string SharedData(string? given)
    {
        return given is not null ? Path.GetFullPath(given) : Path.GetFullPath(Path.Combine(RepositoryRoot("--shared DIR"), "..", "shared", "data"));
    }

    /// <summary>The folder holding <c>GeoNeeds.sln</c>, above the benchmark; <paramref name="instead"/> is the option that avoids needing it.</summary>
    public static string RepositoryRoot(string instead)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeoNeeds.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"The repository root (GeoNeeds.sln) was not found above the benchmark; pass {instead}.");
    }

    public static BenchFiles In(string sharedData, string points) => new(
        Path.Combine(sharedData, "boundaries", "ew_lsoa11_generalised.geojson.gz"),
        Path.Combine(sharedData, "population", "File_6_-_IoD2019_Population_Denominators.csv"),
        points);
}
