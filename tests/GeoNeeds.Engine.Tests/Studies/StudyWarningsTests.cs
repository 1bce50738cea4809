using System.Text;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>What a study run was read despite, and whether its inputs matched enough, reach the run's warnings.</summary>
public class StudyWarningsTests
{
    private const string Violence = ",2025-04,Test Police,Test Police,-1.55,52.42,On or near Test Street,X01000001,Test 1,Violence and sexual offences,,";

    [Fact]
    public void Run_PointFileNotUtf8_ItsReaderWarningReachesTheRunWarnings()
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police.csv", [2, 2, 2, 2]);
        // 0xE9 is é in Windows-1252 and no UTF-8 sequence: the reader falls back and says so.
        File.AppendAllBytes(fixture.PathOf("police.csv"), Encoding.Latin1.GetBytes("caf\u00e9" + Violence + "\n"));
        fixture.Write("study.yaml", "title: Fixture\n" + StudyFixture.LevelsAndViolence);

        var result = Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));

        Assert.Contains(result.Warnings, w => w.StartsWith("police.csv: ", StringComparison.Ordinal) && w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_PointsOutsideEveryArea_WarnsOfTheShortfall()
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police.csv", [1, 0, 0, 0], ",2025-04,P,P,-3.2,54.05,Far,,,Violence and sexual offences,,", ",2025-04,P,P,-3.2,54.06,Far,,,Violence and sexual offences,,");
        fixture.Write("study.yaml", "title: Fixture\n" + StudyFixture.LevelsAndViolence);

        var result = Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));

        var shortfall = Assert.Single(result.MatchShortfalls);
        Assert.StartsWith("input 'incidents' matched 1 of its 3 located rows to an area (33.3%)", shortfall, StringComparison.Ordinal);
        Assert.Contains(shortfall, result.Warnings);
    }

    [Fact]
    public void Digest_ManyWarningsOfOneFile_GivesTheFirstFewAndHowManyMore()
    {
        var folder = TestFiles.NewFolder();
        var study = new StudyDefinition { BaseFolder = folder };
        var warnings = Enumerable.Range(2, 8).Select(line => new InputWarning(Path.Combine(folder, "lookup.csv"), line, "row skipped")).ToList();

        var digest = WarningDigest.Of(study, [.. warnings, warnings[0]]).ToList();

        Assert.Equal(["lookup.csv:2: row skipped", "lookup.csv:3: row skipped", "lookup.csv:4: row skipped", "lookup.csv:5: row skipped", "lookup.csv:6: row skipped", "lookup.csv: 3 more warnings like these"], digest);
    }
}
