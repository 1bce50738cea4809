using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Stats;
using static GeoNeeds.Engine.Tests.Outcomes.Cases;

namespace GeoNeeds.Engine.Tests.Outcomes;

public class ChildrenChangeTests
{
    [Fact]
    public void Of_Exposure_ComparesYesAtIntakeAndExitWithMcNemar()
    {
        var cases = Times(5, () => Case(exposedIntake: Answer.Yes, exposedExit: Answer.No))
            .Append(Case(exposedIntake: Answer.No, exposedExit: Answer.Yes))
            .Append(Case(exposedIntake: Answer.Yes, exposedExit: Answer.Yes))
            .Append(Case(exposedIntake: Answer.Yes, exposedExit: Answer.DontKnow))
            .ToList();

        var change = ChildrenChange.Of("exposed_to_abuse", cases);

        Assert.Equal((7L, 6L, 2L), (change.AtIntake.N, change.AtIntake.CountOf("yes"), change.AtExit.CountOf("yes")));
        Assert.Equal(McNemarTest.Calculate(5, 1), change.Change.Test);
    }
}
