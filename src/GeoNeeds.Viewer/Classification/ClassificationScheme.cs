using System.Globalization;

namespace GeoNeeds.Viewer.Classification;

/// <summary>
/// How to class a map's values, as written on the command line or in a study file: <c>quantile</c>,
/// <c>equal</c>, <c>jenks</c>, <c>deciles</c> or <c>fixed:5,10,20</c>, with a number of classes.
/// </summary>
public sealed record ClassificationScheme(string Method, int Classes, IReadOnlyList<double> FixedBounds)
{
    public const string Quantile = "quantile";
    public const string Equal = "equal";
    public const string Jenks = "jenks";
    public const string Deciles = "deciles";
    public const string Fixed = "fixed";

    /// <summary>Parses <paramref name="text"/>; <paramref name="classes"/> is ignored by deciles and fixed bounds.</summary>
    /// <exception cref="FormatException">The text names no known method, or fixed bounds are not numbers.</exception>
    public static ClassificationScheme Parse(string text, int classes = 5)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.StartsWith(Fixed + ":", StringComparison.Ordinal))
        {
            var bounds = trimmed[(Fixed.Length + 1)..].Split(',', StringSplitOptions.TrimEntries)
                .Select(b => double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    ? v
                    : throw new FormatException($"'{b}' in '{text}' is not a number; write fixed bounds as fixed:5,10,20."))
                .ToList();
            return new ClassificationScheme(Fixed, bounds.Count + 1, bounds);
        }

        return trimmed switch
        {
            Quantile or Equal or Jenks => new ClassificationScheme(trimmed, classes, []),
            Deciles => new ClassificationScheme(Deciles, 10, []),
            _ => throw new FormatException($"Unknown classification '{text}': use quantile, equal, jenks, deciles or fixed:a,b,c."),
        };
    }

    /// <summary>The class bounds of <paramref name="values"/> by this scheme.</summary>
    public ClassBreaks Classify(IReadOnlyCollection<double> values) => Method switch
    {
        Quantile => QuantileBreaks.Of(values, Classes),
        Equal => EqualIntervalBreaks.Of(values, Classes),
        Jenks => JenksBreaks.Of(values, Classes),
        Deciles => DecileClasses.Breaks,
        _ => FixedBreaks.Of(values, FixedBounds),
    };
}
