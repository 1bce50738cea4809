using GeoNeeds.Report.Reading;

namespace GeoNeeds.Report.Tests;

/// <summary>What the report refuses to read: anything but one finished, unchanged run.</summary>
public class ReportSourceTests
{
    [Fact]
    public void Open_FolderWithoutRunSummary_SaysItIsNotAStudyOutput()
    {
        var folder = TestFiles.NewFolder();

        var error = Assert.Throws<ReportSourceException>(() => StudyOutput.Open(folder));

        Assert.Contains("no run-summary.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolder_SaysSo()
    {
        var error = Assert.Throws<ReportSourceException>(() => StudyOutput.Open(Path.Combine(TestFiles.NewFolder(), "absent")));

        Assert.Contains("no such folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TableChangedAfterTheRun_IsRefused()
    {
        var folder = SmallStudyOutput.Folder("X05000001,North,1000,12,12.0,6.2,21.0,byar");
        File.AppendAllText(Path.Combine(folder, "ward.csv"), "X05000002,South,900,3,3.3,0.7,9.7,exact\n");

        var error = Assert.Throws<ReportSourceException>(() => StudyOutput.Open(folder));

        Assert.Contains("ward.csv has changed since the run wrote it", error.Message, StringComparison.Ordinal);
    }
}
