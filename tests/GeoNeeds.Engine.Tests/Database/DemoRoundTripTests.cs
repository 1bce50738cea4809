using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>
/// The demo study run from PostGIS tables gives exactly the results of the same study run from the files:
/// expected values are the file-based run's, compared for equality (no tolerance) area by area at every level.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DemoRoundTripTests(PostGisCluster cluster)
{
    private static readonly Lazy<StudyResult> FromFiles = new(() => Study.Run(StudyFile.Load(DemoTables.StudyPath)));

    [SkippableTheory]
    [InlineData("spatial")]
    [InlineData("database")]
    public void Run_FromDatabase_EveryLevelTableEqualsTheFileRun(string join)
    {
        var fromDatabase = Study.Run(DemoTables.Study(cluster, join));

        foreach (var (expected, actual) in FromFiles.Value.Tables.Zip(fromDatabase.Tables, (e, a) => (e, a)))
        {
            Assert.Equal(expected.Level, actual.Level);
            Assert.Equal(Columns(FromFiles.Value, expected), Columns(fromDatabase, actual));
        }
    }

    [SkippableTheory]
    [InlineData("spatial")]
    [InlineData("database")]
    public void Run_FromDatabase_EveryInputAccountAndMonthlyCountEqualsTheFileRun(string join)
    {
        var fromDatabase = Study.Run(DemoTables.Study(cluster, join));

        foreach (var (expected, actual) in FromFiles.Value.Inputs.Zip(fromDatabase.Inputs, (e, a) => (e, a)))
        {
            Assert.Equal((expected.Account.Read, expected.Account.Matched), (actual.Account.Read, actual.Account.Matched));
            Assert.Equal(expected.Account.RejectedByReason, actual.Account.RejectedByReason);
            Assert.Equal(expected.Counts.Cells, actual.Counts.Cells);
            Assert.Equal(expected.Agreement?.Compared, actual.Agreement?.Compared);
            Assert.Equal(expected.Agreement?.CountAgreement, actual.Agreement?.CountAgreement);
        }
    }

    private static List<List<KeyValuePair<string, object?>>> Columns(StudyResult result, LevelTable table) =>
        table.Rows.Select(r => AreaRowColumns.Of(r, table, result.Definition).ToList()).ToList();
}
