namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes the per-area tables in the layouts of their real counterparts: the ONS best-fit lookup, MHCLG's
/// IMD 2019 File 1, a single-year-of-age population table and the IDVAs in post.
/// </summary>
internal static class AreaTableFiles
{
    /// <summary>The authority's invented IDVAs in post (full-time equivalent).</summary>
    public const double IdvaFte = 2.5;

    /// <summary><c>area_code,area_name,idva_fte</c>: the IDVAs in post in the authority, as a service's staffing return gives them.</summary>
    public static string WriteIdvas(string path) =>
        DemoCsv.Write(path, "area_code,area_name,idva_fte", [[TownGeography.AuthorityCode, PlaceNames.Town, DemoCsv.Number(IdvaFte, 1)]]);

    /// <summary>The ONS "LSOA (2011) to Ward (2019) to LAD (2019) best-fit lookup" layout.</summary>
    public static string WriteLookup(string path, TownGeography town) =>
        DemoCsv.Write(path, "FID,LSOA11CD,LSOA11NM,WD19CD,WD19NM,LAD19CD,LAD19NM", town.Lsoas.Select((lsoa, i) => new[]
        {
            DemoCsv.Number(i + 1), lsoa.Code, lsoa.Name, lsoa.Ward.Code, lsoa.Ward.Name, TownGeography.AuthorityCode, PlaceNames.Town,
        }));

    /// <summary>
    /// MHCLG's "File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv" layout: UTF-8 with a byte order mark, ranks
    /// written with a thousands separator (and so quoted) as published.
    /// </summary>
    public static string WriteDeprivation(string path, DemoTownModel town) =>
        DemoCsv.Write(
            path,
            "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),"
            + "Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile",
            town.Geography.Lsoas.Select((lsoa, i) => new[]
            {
                lsoa.Code, lsoa.Name, TownGeography.AuthorityCode, PlaceNames.Town,
                town.Deprivation[i].Rank.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), DemoCsv.Number(town.Deprivation[i].Decile),
            }),
            byteOrderMark: true);

    /// <summary><c>area_code,sex,age,population</c>: every LSOA × M/F × ages 0..89 and 90+.</summary>
    public static string WritePopulation(string path, DemoTownModel town) =>
        DemoCsv.Write(path, "area_code,sex,age,population", town.Geography.Lsoas.SelectMany((lsoa, i) =>
            new[] { (Sex: "M", Counts: town.Population[i].Males), (Sex: "F", Counts: town.Population[i].Females) }.SelectMany(sex =>
                sex.Counts.Select((count, age) => new[] { lsoa.Code, sex.Sex, LsoaPopulation.AgeLabel(age), DemoCsv.Number(count) }))));
}
