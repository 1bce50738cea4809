using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using static GeoNeeds.Engine.Tests.Outcomes.Cases;

namespace GeoNeeds.Engine.Tests.Publish;

public class OutcomeTablesTests
{
    [Fact]
    public void Share_IsThePercentageOfNWithWilsonLimits()
    {
        // Wilson 95% limits of 315 of 1,477, independently: (2x + z² ∓ z√(z² + 4x(1 − x/n))) ÷ 2(n + z²), z = 1.959964.
        const double z = 1.959963984540054;
        var (x, n) = (315.0, 1477.0);
        var spread = z * Math.Sqrt((z * z) + (4 * x * (1 - (x / n))));
        var share = OutcomeLayout.Share(315, 1477)!.Value;

        Assert.Equal(100 * 315 / 1477.0, share.Percent, 1e-9);
        Assert.Equal(100 * ((2 * x) + (z * z) - spread) / (2 * (n + (z * z))), share.Lower, 1e-6);
        Assert.Equal(100 * ((2 * x) + (z * z) + spread) / (2 * (n + (z * z))), share.Upper, 1e-6);
    }

    [Fact]
    public void Write_SmallCount_IsWithheldWithItsPercentageAndAnotherCountOfItsSum()
    {
        var cases = Times(20, () => Case(dashIntake: 12, dashExit: 3, feelsSafer: Answer.Yes)).Concat(Times(2, () => Case(dashIntake: 12, dashExit: 3, feelsSafer: Answer.No))).ToList();
        var (report, years) = (OutcomeReport.Of(cases, OutcomeService.Adult), OutcomeYears.Of(cases, OutcomeService.Adult));
        var folder = TestFiles.NewFolder();

        OutcomeTables.Write(folder, report, years, OutcomeDisclosure.Decide(report, years, 5));

        var lines = File.ReadAllLines(Path.Combine(folder, OutcomeTables.CaseFile));
        Assert.Equal(string.Join(',', OutcomeLayout.Columns), lines[0]);
        Assert.Contains("feels_safer,no,*,22,,,,,,,,", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("feels_safer,yes,20,", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ForExcel_MarksTheFileAndFlagsTheWithheldCountInsteadOfTheMark()
    {
        var cases = Times(20, () => Case(dashIntake: 12, dashExit: 3, feelsSafer: Answer.Yes)).Concat(Times(2, () => Case(dashIntake: 12, dashExit: 3, feelsSafer: Answer.No))).ToList();
        var (report, years) = (OutcomeReport.Of(cases, OutcomeService.Adult), OutcomeYears.Of(cases, OutcomeService.Adult));
        var folder = TestFiles.NewFolder();

        var written = OutcomeTables.Write(folder, report, years, OutcomeDisclosure.Decide(report, years, 5), new PublishedCsv(Excel: true, Decimals: 1));

        var bytes = File.ReadAllBytes(Path.Combine(folder, OutcomeTables.CaseFile));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = File.ReadAllLines(Path.Combine(folder, OutcomeTables.CaseFile));
        Assert.Equal("measure,category,count,count_suppressed,n,n_suppressed,percent,lower_95,upper_95,value,statistic,df,p,method", lines[0]);
        Assert.Contains("feels_safer,no,,true,22,false,,,,,,,,", lines);
        Assert.Equal(lines[0].Split(','), written.Single(w => w.File == OutcomeTables.CaseFile).Columns);
        Assert.Contains(lines, l => l.StartsWith("closure,missing,22,false,22,false,100,85.1,100,", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SuppressionOff_PublishesEveryCountWithItsPercentage()
    {
        var cases = Times(3, () => Case(dashIntake: 12, dashExit: 3)).Append(Case(dashIntake: 3, dashExit: 3)).ToList();
        var (report, years) = (OutcomeReport.Of(cases, OutcomeService.Adult), OutcomeYears.Of(cases, OutcomeService.Adult));
        var folder = TestFiles.NewFolder();

        var written = OutcomeTables.Write(folder, report, years, OutcomeDisclosure.Decide(report, years, 0));

        var dash = File.ReadAllLines(Path.Combine(folder, OutcomeTables.DashFile));
        Assert.StartsWith("dash_band_intake,high,3,4,75,", dash.Single(l => l.StartsWith("dash_band_intake,high", StringComparison.Ordinal)));
        Assert.Contains(dash, l => l.StartsWith("dash_band,high vs not high,,4,", StringComparison.Ordinal));
        Assert.Equal("measure,category,2024-25_count,2024-25_n,2024-25_percent", File.ReadLines(Path.Combine(folder, OutcomeTables.YearsFile)).First());
        Assert.Contains("were at high risk (DASH 10+) at intake,75,3,4", File.ReadAllLines(Path.Combine(folder, OutcomeTables.PerHundredFile)));
        Assert.DoesNotContain(written, w => w.File == OutcomeTables.ChildrenFile);
    }

    [Fact]
    public void Decide_EveryPublishedCount_IsPartOfTheDisclosureControl()
    {
        var cases = Times(7, () => Case(dashIntake: 12, dashExit: 3, exitDate: "2024-03-01")).Concat(Times(3, () => Case(dashIntake: 12, dashExit: 13))).ToList();
        var (report, years) = (OutcomeReport.Of(cases, OutcomeService.Children), OutcomeYears.Of(cases, OutcomeService.Children));
        var decision = OutcomeDisclosure.Decide(report, years, 5);

        var written = OutcomeTables.Write(TestFiles.NewFolder(), report, years, decision);

        Assert.All(written.SelectMany(w => w.Keys), key => decision.Of(key));
        Assert.True(decision.IsSuppressed(OutcomeDisclosure.Count("2024-25", years[1].Report.Dash.Score, "rose")));
    }
}
