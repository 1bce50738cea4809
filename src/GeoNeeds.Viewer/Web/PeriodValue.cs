namespace GeoNeeds.Viewer.Web;

/// <summary>One area's published rate in one study period (a row of <c>&lt;level&gt;_trend.csv</c>).</summary>
/// <param name="Count">The period's count; null when withheld (<paramref name="Suppressed"/>) or not written.</param>
/// <param name="Suppressed">Whether the run withheld the count (written <c>*</c>), so the rate is empty.</param>
public sealed record PeriodValue(double? Rate, double? Lower95, double? Upper95, double? Count, bool Suppressed);
