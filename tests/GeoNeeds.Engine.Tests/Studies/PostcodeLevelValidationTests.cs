using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class PostcodeLevelValidationTests
{
    [Fact]
    public void Validate_PostcodeLevelWithoutPostcodes_SaysToGiveThem()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Validate(Study(postcodes: false, clip: "lsoa")));

        Assert.Contains("level 'district' is built from postcode points: give postcodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClipThatIsNoEarlierLevel_ListsTheLevelsThatCanClip()
    {
        var error = Assert.Throws<InputDataException>(() => StudyFile.Validate(Study(postcodes: true, clip: "ward")));

        Assert.Contains("clip 'ward' is not an earlier level with boundaries; the levels that can clip are: lsoa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AreaCodeJoinWithPostcodeLevelCutToFirstLevel_SaysToJoinByLocation()
    {
        var study = Study(postcodes: true, clip: "lsoa");
        File.WriteAllText(Path.Combine(study.BaseFolder, "crime.csv"), "Month,Longitude,Latitude,LSOA code\n");

        var error = Assert.Throws<InputDataException>(() => StudyFile.Validate(new StudyDefinition
        {
            BaseFolder = study.BaseFolder,
            SourcePath = study.SourcePath,
            Levels = study.Levels,
            Postcodes = study.Postcodes,
            Inputs = [new InputDefinition { Name = "crime", Files = ["crime.csv"], Format = PointFormat.PoliceUk, Join = PointJoin.AreaCode }],
        }));

        Assert.Contains("inputs.crime.join", error.Message, StringComparison.Ordinal);
        Assert.Contains("level 'district' counts each point in its own postcode area, which only its location gives; use join: spatial", error.Message, StringComparison.Ordinal);
    }

    private static StudyDefinition Study(bool postcodes, string clip)
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("lsoa.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}"))!;
        File.WriteAllText(Path.Combine(folder, "cv.csv"), "\"CV1 1DD\",10,433297,278969\n");
        return new StudyDefinition
        {
            BaseFolder = folder,
            SourcePath = "study.yaml",
            Levels =
            [
                new LevelDefinition { Name = "lsoa", Boundaries = ["lsoa.geojson"] },
                new LevelDefinition { Name = "district", Kind = LevelKind.PostcodeDistrict, Clip = clip },
            ],
            Postcodes = postcodes ? [new SourceDefinition { Path = "cv.csv", Format = SourceFormat.CodePoint }] : [],
        };
    }
}
