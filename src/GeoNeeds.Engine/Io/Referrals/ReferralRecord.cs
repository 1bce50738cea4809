namespace GeoNeeds.Engine.Io.Referrals;

/// <summary>One referral (to a domestic-abuse service, MARAC, a refuge) read from a referrals file.</summary>
/// <param name="Line">1-based physical line in the source file.</param>
/// <param name="Postcode">The normalised postcode (<see cref="Postcodes.Postcode.TryNormalise"/>).</param>
/// <param name="Fields">
/// The other columns by header name (case ignored), values without surrounding spaces, for profiles such as
/// age, sex or risk level.
/// </param>
public sealed record ReferralRecord(long Line, string Postcode, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The referral's month as <c>yyyy-MM</c>, when the reader was given a date column; otherwise <c>null</c>.</summary>
    public string? Month { get; init; }
}
