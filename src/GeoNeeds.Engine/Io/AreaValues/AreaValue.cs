namespace GeoNeeds.Engine.Io.AreaValues;

/// <summary>One area's value from a plain CSV table, with the line it was read from for messages.</summary>
/// <param name="Code">The area code.</param>
/// <param name="Value">The value (a rate, a count, a score).</param>
/// <param name="Line">1-based physical line of the row (the header is line 1).</param>
public sealed record AreaValue(string Code, double Value, long Line);
