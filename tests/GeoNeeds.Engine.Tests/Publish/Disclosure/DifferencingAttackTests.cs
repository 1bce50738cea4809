using GeoNeeds.Engine.Studies;
using Xunit.Abstractions;

namespace GeoNeeds.Engine.Tests.Publish.Disclosure;

/// <summary>
/// The attack that matters for domestic-abuse data: recovering a withheld small count by subtracting published
/// figures from each other, across every file of a run.
/// </summary>
public class DifferencingAttackTests(ITestOutputHelper output)
{
    [Fact]
    public void DemoStudy_DifferencingAttackOnEveryOutput_RecoversNothing()
    {
        var result = Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml")));

        var (attacker, recovered) = Attack(result);

        Assert.Empty(recovered);
        Assert.True(attacker.Withheld > 0);
        // Most figures stay published: on the demo about 9,700 of 16,500 counts are small monthly LSOA cells
        // (primary), and complementary suppression adds about 1.4% more.
        Assert.InRange((double)result.Disclosure.ComplementaryCount / result.Disclosure.CountsDecided, 0.001, 0.03);
    }

    [Fact]
    public void TrendStudy_SmallCountsInPeriodsAndMonths_NoneRecoveredBySubtraction()
    {
        // LSOA X01000001's 2 + 2 crimes are small in its months, its periods and its baseline; its ward's periods,
        // the study area's, the baseline and the monthly cells all sum to or from them.
        var result = Tests.Studies.StudyTrendTests.Run(Tests.Studies.StudyTrendTests.Monthly.Replace("suppress_below: 0", "suppress_below: 5", StringComparison.Ordinal));

        var (attacker, recovered) = Attack(result);

        Assert.Empty(recovered);
        Assert.Contains("period|incidents|lsoa|X01000001|april", attacker.WithheldKeys);
        Assert.Contains("period|incidents|lsoa|X01000001|baseline", attacker.WithheldKeys);
    }

    [SkippableFact]
    public void LeicestershireStudy_DifferencingAttackOnEveryOutput_RecoversNothing()
    {
        SharedData.Require("crime");
        var result = Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "examples", "leicestershire-study.yaml")));

        var (_, recovered) = Attack(result);

        Assert.Empty(recovered);
    }

    private (DifferencingAttacker Attacker, IReadOnlyList<string> Recovered) Attack(StudyResult result)
    {
        var folder = TestFiles.NewFolder();
        StudyOutputs.Write(result, folder);
        var attacker = DifferencingAttacker.Read(folder, result);
        var recovered = attacker.Attack();
        output.WriteLine($"{attacker.Published} counts published, {attacker.Withheld} withheld " +
            $"({result.Disclosure.PrimaryCount} primary, {result.Disclosure.ComplementaryCount} complementary); {recovered.Count} recovered");
        foreach (var line in recovered.Take(20))
        {
            output.WriteLine(line);
        }

        return (attacker, recovered);
    }
}
