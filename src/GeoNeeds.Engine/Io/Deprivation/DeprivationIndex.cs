namespace GeoNeeds.Engine.Io.Deprivation;

/// <summary>
/// Which national index of deprivation a study's deciles come from, as titles, legends and method notes name it:
/// England's IMD and Wales' WIMD rank different sets of LSOAs, so a decile means "of England" or "of Wales".
/// </summary>
/// <param name="Abbreviation"><c>IMD</c> or <c>WIMD</c>.</param>
/// <param name="Year">The edition.</param>
/// <param name="Name">The index's published name, e.g. "Welsh Index of Multiple Deprivation 2019".</param>
/// <param name="Nation">The nation whose LSOAs it ranks: <c>England</c> or <c>Wales</c>.</param>
public sealed record DeprivationIndex(string Abbreviation, int Year, string Name, string Nation)
{
    /// <summary>The English Indices of Deprivation 2019's IMD (MHCLG), study format <c>imd2019</c>.</summary>
    public static readonly DeprivationIndex Imd2019 = new("IMD", 2019, "Index of Multiple Deprivation 2019", "England");

    /// <summary>The Welsh Index of Multiple Deprivation 2019 (Welsh Government), study format <c>wimd2019</c>.</summary>
    public static readonly DeprivationIndex Wimd2019 = new("WIMD", 2019, "Welsh Index of Multiple Deprivation 2019", "Wales");

    /// <summary>The abbreviation and edition, as legends and axes use it: <c>IMD 2019</c>, <c>WIMD 2019</c>.</summary>
    public string Edition => $"{Abbreviation} {Year}";
}
