namespace GeoNeeds.Viewer.Charts;

/// <summary>The words around a chart: title, subtitle (indicator, period, denominator) and caption (attribution).</summary>
public sealed record ChartText(string Title, string? Subtitle = null, string? Caption = null);
