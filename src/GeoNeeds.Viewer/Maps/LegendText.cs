using System.Globalization;
using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Maps;

/// <summary>Numbers as a legend prints them: as few decimals as keep every class bound distinct.</summary>
internal static class LegendText
{
    /// <summary>"lower – upper" for each class, lowest first, e.g. "2.1 – 5.3".</summary>
    public static IReadOnlyList<string> Ranges(ClassBreaks breaks)
    {
        var decimals = DecimalsFor(breaks.Bounds);
        return [.. Enumerable.Range(0, breaks.Count).Select(i => $"{Number(breaks.Bounds[i], decimals)} – {Number(breaks.Bounds[i + 1], decimals)}")];
    }

    /// <summary>
    /// The fewest decimals (0 to 3) at which the bounds stay distinct, and at least one below 100 so that small
    /// rates do not print as whole numbers.
    /// </summary>
    public static int DecimalsFor(IReadOnlyList<double> bounds)
    {
        var least = bounds.Count > 0 && bounds.Max(Math.Abs) < 100 ? 1 : 0;
        for (var decimals = least; decimals < 3; decimals++)
        {
            var rounded = bounds.Select(b => Math.Round(b, decimals)).ToList();
            if (rounded.Distinct().Count() == bounds.Distinct().Count())
            {
                return decimals;
            }
        }

        return 3;
    }

    /// <summary>The number with thousands separators and the given decimals, invariant culture.</summary>
    public static string Number(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
