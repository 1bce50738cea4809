using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Bench.Maps;

/// <summary>
/// Coventry (E08000026) on the real open data: LSOAs and wards, the ONS best-fit lookup, IoD 2019 population and
/// IMD 2019. Shared by the benchmark and the viewer's real-data test (linked there), so it is written once.
/// </summary>
internal static class CoventryStudy
{
    public const string Attribution =
        "Contains OS data © Crown copyright and database right 2014. Contains National Statistics data © Crown copyright and database right. GeoJSON and TopoJSON UK Boundary Data by Martin Chorley (github.com/martinjc/UK-GeoJSON). MHCLG English Indices of Deprivation 2019 (OGL v3.0).";

    /// <param name="data">Finds a file under shared/data by its relative path (the tests' skipping finder, or a plain join).</param>
    public static StudyDefinition Definition(Func<string, string> data)
    {
        var study = new StudyDefinition
        {
            Title = "Coventry (E08000026)",
            SourcePath = "(code)",
            BaseFolder = Path.GetTempPath(),
            Levels =
            [
                new LevelDefinition { Name = "lsoa", Boundaries = [data("boundaries/lsoa11_E08000026.geojson")], CodeField = "LSOA11CD", NameField = "LSOA11NM" },
                new LevelDefinition { Name = "ward", Boundaries = [data("boundaries/wards_E08000026.geojson")], CodeField = "WD13CD", NameField = "WD13NM" },
            ],
            Lookup = new LookupDefinition
            {
                Path = data("lookups/LSOA11_WD19_LAD19_EW_best_fit.csv"),
                Codes = new() { ["lsoa"] = "LSOA11CD", ["ward"] = "WD19CD" },
                Names = new() { ["ward"] = "WD19NM" },
            },
            Population = new SourceDefinition { Path = data("population/File_6_-_IoD2019_Population_Denominators.csv"), Format = SourceFormat.Iod2019 },
            Deprivation = new SourceDefinition { Path = data("imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"), Format = SourceFormat.Imd2019 },
            Attribution = [Attribution],
        };
        StudyFile.Validate(study);
        return study;
    }
}
