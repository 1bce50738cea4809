using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>Coventry (E08000026) on the real open data in ../shared/data; skipped when it is absent.</summary>
public class CoventryAcceptanceTests
{
    private static StudyDefinition CoventryStudy(bool withDeprivation)
    {
        var study = new StudyDefinition
        {
            Title = "Coventry",
            SourcePath = "(test)",
            BaseFolder = Path.GetTempPath(),
            Levels =
            [
                new LevelDefinition { Name = "lsoa", Boundaries = [SharedData.Require("boundaries/lsoa11_E08000026.geojson")], CodeField = "LSOA11CD", NameField = "LSOA11NM" },
                new LevelDefinition { Name = "ward", Boundaries = [SharedData.Require("boundaries/wards_E08000026.geojson")], CodeField = "WD13CD", NameField = "WD13NM" },
            ],
            Lookup = new LookupDefinition
            {
                Path = SharedData.Require("lookups/LSOA11_WD19_LAD19_EW_best_fit.csv"),
                Codes = new() { ["lsoa"] = "LSOA11CD", ["ward"] = "WD19CD" },
                Names = new() { ["ward"] = "WD19NM" },
            },
            Population = new SourceDefinition { Path = SharedData.Require("population/File_6_-_IoD2019_Population_Denominators.csv"), Format = SourceFormat.Iod2019 },
            Deprivation = withDeprivation ? new SourceDefinition { Path = SharedData.Require("imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"), Format = SourceFormat.Imd2019 } : null,
        };

        StudyFile.Validate(study);
        return study;
    }

    [SkippableFact]
    public void Rollup_195LsoasInto18Wards_InteriorPointAgreesWithOnsBestFitForAtLeast190()
    {
        var result = Study.Run(CoventryStudy(withDeprivation: false));

        var ward = result.Levels[1];
        Assert.Equal(195, result.Levels[0].Areas.Count);
        Assert.Equal(18, ward.Areas.Count);
        Assert.Empty(ward.FromBase!.Unassigned);
        Assert.Equal("interior-point", ward.RollupCheck!.ComparedWith);
        Assert.Equal(195, ward.RollupCheck.Compared);
        // The best fit uses population-weighted centroids; a reference join elsewhere gets 191 of 195.
        Assert.InRange(ward.RollupCheck.Agreed, 190, 195);
    }

    [SkippableFact]
    public void WardDeprivation_MeanOfLsoaDeciles_FoleshillLowestWainbodyHighest()
    {
        var result = Study.Run(CoventryStudy(withDeprivation: true));

        var wards = result.Tables[1].Rows.OrderBy(r => r.DeprivationMean).ToList();
        // Published Coventry needs assessments: ward IMD = mean of its LSOAs' deciles, Foleshill ≈ 1.58, Wainbody 8.5.
        Assert.Equal("Foleshill", wards[0].Name);
        Assert.Equal(1.58, wards[0].DeprivationMean!.Value, 0.01);
        Assert.Equal("Wainbody", wards[^1].Name);
        Assert.Equal(8.5, wards[^1].DeprivationMean!.Value, 0.01);
    }

    [SkippableFact]
    public void WardPopulation_SumsIod2019LsoaTotals()
    {
        var result = Study.Run(CoventryStudy(withDeprivation: false));

        // File_6 mid-2015 totals of Coventry's 195 LSOAs sum to the city's total; every ward has a population.
        Assert.All(result.Tables[1].Rows, r => Assert.True(r.Population > 5000, $"{r.Name}: {r.Population}"));
        Assert.Equal(result.Tables[0].Rows.Sum(r => r.Population!.Value), result.Tables[1].Rows.Sum(r => r.Population!.Value), 6);
    }
}
