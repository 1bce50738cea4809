namespace GeoNeeds.Synthetic;

/// <summary>
/// An LSOA's residents by sex and single year of age: index 0..89 is the age, index 90 is "90+".
/// </summary>
internal sealed record LsoaPopulation(IReadOnlyList<int> Males, IReadOnlyList<int> Females)
{
    /// <summary>Single years 0..89 plus the open-ended 90+ band.</summary>
    public const int AgeBands = 91;

    public int Total => Males.Sum() + Females.Sum();

    /// <summary>The age label as population files write it: <c>0</c> … <c>89</c>, <c>90+</c>.</summary>
    public static string AgeLabel(int band) => band == AgeBands - 1 ? "90+" : band.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
