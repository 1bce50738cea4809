using System.Globalization;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// How a computed number is published, so no file shows float noise (288.29999999999995 for 2883 / 10): in full to
/// 15 significant digits in the CSV tables, rounded to the study's decimal places in the GIS and web exports and
/// the CSVs for Excel.
/// </summary>
public static class PublishedNumber
{
    /// <summary>
    /// A floating-point <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> places
    /// (288.29999999999995 → 288.3 at any number of places from 1); anything else (counts, text, flags, null) unchanged.
    /// </summary>
    /// <remarks>
    /// The rounded double is the one nearest the decimal result, so its shortest text form (what CSV and JSON
    /// writers print) has at most <paramref name="decimals"/> places. NaN and infinities stay as they are.
    /// </remarks>
    public static object? Rounded(object? value, int decimals) => value switch
    {
        double number when double.IsFinite(number) => Math.Round(number, decimals, MidpointRounding.AwayFromZero),
        float number when float.IsFinite(number) => Math.Round((double)number, decimals, MidpointRounding.AwayFromZero),
        _ => value,
    };

    /// <summary>
    /// A floating-point <paramref name="value"/> to 15 significant digits, the most a double carries faithfully
    /// (IEEE 754-2008 §5.12.2), so the last bits of arithmetic error drop out (288.29999999999995 → 288.3) and every
    /// real digit stays; anything else unchanged.
    /// </summary>
    public static object? WithoutNoise(object? value) => value switch
    {
        double number when double.IsFinite(number) => double.Parse(number.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>Every cell of <paramref name="row"/> <see cref="Rounded(object?, int)"/>.</summary>
    public static IReadOnlyList<object?> Rounded(IReadOnlyList<object?> row, int decimals) => [.. row.Select(v => Rounded(v, decimals))];

    /// <summary>Every cell of <paramref name="row"/> <see cref="WithoutNoise(object?)"/>.</summary>
    /// <remarks>A row without a finite double (a monthly count, a rejection) is returned as it is rather than copied.</remarks>
    public static IReadOnlyList<object?> WithoutNoise(IReadOnlyList<object?> row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i] is double number && double.IsFinite(number))
            {
                return [.. row.Select(WithoutNoise)];
            }
        }

        return row;
    }
}
