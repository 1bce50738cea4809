namespace GeoNeeds.Engine.Stats;

/// <summary>An observed share against an expected share or range, judged on its confidence limits.</summary>
public enum ExpectedShareOutcome
{
    /// <summary>The upper limit is below the expected share (or the range's low end).</summary>
    Below,

    /// <summary>The limits reach the expected share or range: no evidence of a difference.</summary>
    Within,

    /// <summary>The lower limit is above the expected share (or the range's high end).</summary>
    Above,
}
