using System.Globalization;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// The one text form of a value in every export, independent of the machine's culture, so a figure in a CSV
/// reads back to the same number and matches the same figure in a GeoJSON file.
/// </summary>
internal static class ValueText
{
    /// <summary>
    /// Null, NaN and infinities → empty; strings as they are; booleans <c>true</c>/<c>false</c>; floating-point
    /// numbers in the shortest form that reads back to the same value; dates ISO 8601; anything else invariant.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        float number => float.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("s", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
