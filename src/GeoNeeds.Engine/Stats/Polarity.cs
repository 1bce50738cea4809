namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Which direction of an indicator is good, as Fingertips sets each indicator's polarity: it decides whether a
/// significant difference from the benchmark reads as better or worse.
/// </summary>
public enum Polarity
{
    /// <summary>A higher value is worse (Fingertips "RAG – Low is good"), e.g. incidents or repeat victimisation per 1,000.</summary>
    HigherIsWorse,

    /// <summary>A higher value is better (Fingertips "RAG – High is good"), e.g. the share of referrals seen within a week.</summary>
    HigherIsBetter,

    /// <summary>
    /// No judgement (Fingertips "BOB – Blue orange blue"), e.g. referrals to services, where more may mean more need or
    /// better reach: differences read as higher or lower.
    /// </summary>
    NoJudgement,
}
