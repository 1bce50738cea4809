using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Indicators;

public class SurveyTableTests
{
    private const string Header = "edition,measure,source,age,men,women,all\n";

    [Fact]
    public void Load_Csew2021_CarriesEditionSourceAndThePublishedFigures()
    {
        // CSEW 2021, any domestic abuse in the last year, adults 16-74, % men / women / all, as listed in
        // ../shared/data/README.md ("Published figures that GeoNeeds must reproduce").
        var survey = SurveyTable.Load("csew-2021");

        Assert.Equal("csew-2021", survey.Edition);
        Assert.Contains("Crime Survey for England and Wales", survey.Source);
        Assert.Equal(
            [
                new SurveyBand(AgeBand.Parse("16-19"), 5.3, 14.0, 9.5),
                new SurveyBand(AgeBand.Parse("20-24"), 4.9, 10.0, 7.4),
                new SurveyBand(AgeBand.Parse("25-34"), 4.2, 7.7, 5.9),
                new SurveyBand(AgeBand.Parse("35-44"), 4.2, 6.9, 5.6),
                new SurveyBand(AgeBand.Parse("45-54"), 3.7, 7.7, 5.7),
                new SurveyBand(AgeBand.Parse("55-59"), 2.5, 6.5, 4.6),
                new SurveyBand(AgeBand.Parse("60-74"), 1.9, 4.4, 3.2),
            ],
            survey.Bands);
    }

    [Fact]
    public void Editions_ListTheBuiltInTables()
    {
        Assert.Contains("csew-2021", SurveyTable.Editions);
    }

    [Fact]
    public void Load_UnknownEdition_ThrowsListingTheKnownOnes()
    {
        var error = Assert.Throws<InputDataException>(() => SurveyTable.Load("csew-2099"));

        Assert.Equal("csew-2099: unknown survey edition; GeoNeeds has csew-2021, or give a CSV file with columns edition,measure,source,age,men,women,all", error.Message);
    }

    [Fact]
    public void Load_SurveyFile_ReadsItsBandsInAgeOrder()
    {
        var path = TestFiles.Write("survey.csv", Header + "my-survey,m,s,20-29,2,4,3\nmy-survey,m,s,16-19,1,2,1.5\n");

        var survey = SurveyTable.Load(path);

        Assert.Equal(["16-19", "20-29"], survey.Bands.Select(b => b.Ages.ToString()));
    }

    [Theory]
    [InlineData("x,m,s,16-19,1,2,1.5\nx,m,s,18-22,1,2,1.5", "age", "age band 18-22 overlaps 16-19 on line 2")]
    [InlineData("x,m,s,75+,1,2,1.5", "age", "'75+' is not a closed age band such as 16-19 or 45")]
    [InlineData("x,m,s,16-19,1,200,1.5", "women", "200 is not a percentage from 0 to 100")]
    [InlineData("x,m,s,16-19,1,2,1.5\ny,m,s,20-24,1,2,1.5", "edition", "'y' differs from line 2; a survey table holds one edition")]
    public void Read_FaultyTable_ThrowsAtItsLineAndColumn(string rows, string column, string problem)
    {
        var path = TestFiles.Write("survey.csv", Header + rows + "\n");

        var error = Assert.Throws<InputDataException>(() => SurveyTable.Load(path));

        Assert.EndsWith($":{column}: {problem}", error.Message);
        Assert.StartsWith(path + ":", error.Message);
    }
}
