using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using static GeoNeeds.Engine.Tests.Outcomes.Cases;

namespace GeoNeeds.Engine.Tests.Outcomes;

public class AbuseChangeTests
{
    private static readonly AbuseChange Change = AbuseChange.Of("physical",
    [
        Case(physicalIntake: AbuseLevel.High, physicalExit: AbuseLevel.None),
        Case(physicalIntake: AbuseLevel.High, physicalExit: AbuseLevel.Standard),
        Case(physicalIntake: AbuseLevel.High, physicalExit: AbuseLevel.High),
        Case(physicalIntake: AbuseLevel.Moderate, physicalExit: AbuseLevel.None),
        Case(physicalIntake: AbuseLevel.Standard, physicalExit: AbuseLevel.Moderate),
        Case(physicalIntake: AbuseLevel.None, physicalExit: AbuseLevel.Standard),
        Case(physicalIntake: AbuseLevel.None, physicalExit: AbuseLevel.None),
        Case(physicalIntake: AbuseLevel.High, physicalExit: AbuseLevel.DontKnow),
        Case(physicalIntake: AbuseLevel.High),
    ]);

    [Fact]
    public void Of_AbuseAtIntake_CountsReducedToNoneAndUnchangedOfThoseWithAKnownExitLevel()
    {
        Assert.Equal(5, Change.Present.N);
        Assert.Equal([("reduced", 3L), ("reduced_to_none", 2L), ("unchanged", 1L)], Change.Present.Categories.Select(c => (c.Category, c.Count)));
    }

    [Fact]
    public void Of_HighAtIntake_CountsHighToNone()
    {
        Assert.Equal((3L, 1L), (Change.High.N, Change.High.CountOf("high_to_none")));
    }

    [Fact]
    public void Of_Increased_IsAShareOfEveryCaseKnownAtBothIncludingThoseStartingFromNone()
    {
        Assert.Equal((7L, 2L), (Change.Known.N, Change.Known.CountOf("increased")));
    }

    [Fact]
    public void Of_PresentAtIntakeAndAtExit_AreSharesOfTheSameCasesKnownAtBoth()
    {
        // Of the 7 known at both: 5 have it at intake (standard or above), 4 at exit (standard, high, moderate, standard).
        Assert.Equal((7L, 5L), (Change.AtIntake.N, Change.AtIntake.CountOf("present")));
        Assert.Equal((7L, 4L), (Change.AtExit.N, Change.AtExit.CountOf("present")));
        Assert.Equal(("physical_intake", "physical_exit"), (Change.AtIntake.Measure, Change.AtExit.Measure));
    }
}
