using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Bench.Maps;

/// <summary>The real Coventry LSOA and ward maps of IMD 2019 decile, through the same path as <c>geoneeds assess</c>.</summary>
internal static class CoventryMaps
{
    public static void Draw(string data, string output)
    {
        string Data(string relative) => Path.GetFullPath(Path.Combine(data, relative));
        var study = new StudyDefinition
        {
            Title = "Coventry (E08000026)",
            SourcePath = "(benchmark)",
            BaseFolder = Path.GetTempPath(),
            Levels =
            [
                new LevelDefinition { Name = "lsoa", Boundaries = [Data("boundaries/lsoa11_E08000026.geojson")], CodeField = "LSOA11CD", NameField = "LSOA11NM" },
                new LevelDefinition { Name = "ward", Boundaries = [Data("boundaries/wards_E08000026.geojson")], CodeField = "WD13CD", NameField = "WD13NM" },
            ],
            Lookup = new LookupDefinition
            {
                Path = Data("lookups/LSOA11_WD19_LAD19_EW_best_fit.csv"),
                Codes = new() { ["lsoa"] = "LSOA11CD", ["ward"] = "WD19CD" },
                Names = new() { ["ward"] = "WD19NM" },
            },
            Population = new SourceDefinition { Path = Data("population/File_6_-_IoD2019_Population_Denominators.csv"), Format = "iod2019" },
            Deprivation = new SourceDefinition { Path = Data("imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"), Format = "imd2019" },
            Attribution = ["Contains OS data © Crown copyright and database right 2014. Contains National Statistics data © Crown copyright and database right. GeoJSON and TopoJSON UK Boundary Data by Martin Chorley (github.com/martinjc/UK-GeoJSON). MHCLG English Indices of Deprivation 2019 (OGL v3.0)."],
        };
        StudyFile.Validate(study);
        var folder = Path.Combine(output, "coventry");
        foreach (var file in StudyGraphics.Draw(Study.Run(study), folder))
        {
            Console.WriteLine($"  wrote {Path.Combine(folder, file)}");
        }
    }
}
