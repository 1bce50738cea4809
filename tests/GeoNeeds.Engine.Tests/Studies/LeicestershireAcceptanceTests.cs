using System.Diagnostics;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Studies;
using Xunit.Abstractions;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// Twelve months of Leicestershire Police street-level crime (104,824 rows) joined to the LSOAs of Leicester,
/// Rutland and the seven Leicestershire districts, on the real data in ../shared/data.
/// </summary>
public class LeicestershireAcceptanceTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void PoliceJoin_TwelveMonths_AccountsForEveryRowAndAgreesWithPoliceUkLsoaCodes()
    {
        var crime = SharedData.Require("crime");
        var boundaries = SharedData.Require("boundaries");
        var study = new StudyDefinition
        {
            Title = "Leicestershire",
            SourcePath = "(test)",
            BaseFolder = boundaries,
            Levels = [new LevelDefinition { Name = "lsoa", Boundaries = ["lsoa11_E06000016.geojson", "lsoa11_E06000017.geojson", "lsoa11_E07*.geojson"], CodeField = "LSOA11CD", NameField = "LSOA11NM" }],
            Inputs = [new InputDefinition { Name = "crime", Files = [Path.Combine(crime, "*-leicestershire-street.csv")] }],
        };
        StudyFile.Validate(study);

        var clock = Stopwatch.StartNew();
        var result = Study.Run(study);
        clock.Stop();

        var input = result.Inputs.Single();
        var account = input.Account;
        output.WriteLine($"{result.Levels[0].Areas.Count} LSOAs; read {account.Read}, matched {account.Matched}, rejected {string.Join(", ", account.RejectedByReason)}; " +
            $"row agreement {input.Agreement!.RowAgreement:P2}, count agreement {input.Agreement.CountAgreement:P2}; {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(12, input.Files.Count);
        Assert.Equal(104_824, account.Read);
        Assert.True(account.Balances);
        Assert.Equal(853, account.RejectedByReason[RejectionReason.NoLocation]);
        Assert.True(account.RejectedByReason[RejectionReason.OutsideStudyArea] > 0);
        // Generalised boundaries move points near edges; a reference spatial join elsewhere gets 96.6% row by
        // row and 97.2% on per-LSOA counts.
        Assert.InRange(input.Agreement.RowAgreement!.Value, 0.96, 1.0);
        Assert.InRange(input.Agreement.CountAgreement!.Value, 0.965, 1.0);
    }
}
