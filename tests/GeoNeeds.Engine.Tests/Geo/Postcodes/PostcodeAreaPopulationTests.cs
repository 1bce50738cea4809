using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Tests.Join;

namespace GeoNeeds.Engine.Tests.Geo.Postcodes;

public class PostcodeAreaPopulationTests
{
    [Fact]
    public void Apportioned_LsoaSplitBetweenDistricts_SharesItsPopulationByPostcodeCount()
    {
        // A (1,500 residents) holds three postcodes, two of ZZ1 and one of ZZ2: 1,000 and 500.
        var points = new PostcodeCentroid[] { new("ZZ1 1AA", 1, 1), new("ZZ1 1AB", 1, 9), new("ZZ2 1AA", 9, 5) };
        var areas = PostcodeAreaBuilder.Build(points, Layers.FromWkt("lsoa", ("A", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")), PostcodeLevel.District);

        var population = PostcodeAreaPopulation.Apportioned(areas, new Dictionary<string, double> { ["A"] = 1_500 });

        Assert.Equal(1_000, population["ZZ1"], 9);
        Assert.Equal(500, population["ZZ2"], 9);
    }

    [Fact]
    public void Apportioned_LsoaWithoutPostcodes_GivesAllItsPopulationToTheDistrictItJoined()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 8, 5)], Layers.TwoSquares(), PostcodeLevel.District);

        var population = PostcodeAreaPopulation.Apportioned(areas, new Dictionary<string, double> { ["A"] = 700, ["B"] = 300 });

        Assert.Equal(1_000, population["ZZ1"], 9);
    }

    [Fact]
    public void FromLookup_EveryPostcodeHasResidents_SumsThemPerDistrict()
    {
        var points = new PostcodeCentroid[] { new("ZZ1 1AA", 1, 1, Population: 20), new("ZZ1 1AB", 1, 9, Population: 30), new("ZZ2 1AA", 9, 5, Population: 5) };
        var areas = PostcodeAreaBuilder.Build(points, Layers.TwoSquares(), PostcodeLevel.District);

        Assert.Equal(new Dictionary<string, double> { ["ZZ1"] = 50, ["ZZ2"] = 5 }, PostcodeAreaPopulation.FromLookup(areas));
    }

    [Fact]
    public void FromLookup_APostcodeWithoutResidents_GivesNothing()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 1, 1, Population: 20), new("ZZ1 1AB", 1, 9)], Layers.TwoSquares(), PostcodeLevel.District);

        Assert.Null(PostcodeAreaPopulation.FromLookup(areas));
    }
}
