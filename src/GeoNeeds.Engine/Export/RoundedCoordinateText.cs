namespace GeoNeeds.Engine.Export;

/// <summary>
/// The JSON text of a coordinate already rounded to a few decimal places, written as fixed-point digits: the same
/// text as <see cref="System.Text.Json.Utf8JsonWriter.WriteNumberValue(double)"/> (the shortest that reads back to
/// the same double) at a fraction of its cost, which is most of a national GeoJSON file's writing time.
/// </summary>
internal static class RoundedCoordinateText
{
    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 16).Select(d => Enumerable.Repeat(10L, d).Aggregate(1L, (power, ten) => power * ten))];

    /// <summary>
    /// Writes <paramref name="value"/>, a double nearest a decimal of at most <paramref name="decimals"/> (0 to 15)
    /// places, as that decimal with trailing zeros dropped; false (nothing written) for values the shortest form may
    /// write otherwise: zero and −0, magnitudes below 10⁻⁴ (written with an exponent), values with more than 15
    /// significant digits, and values that are not the double nearest such a decimal.
    /// </summary>
    /// <remarks>
    /// With at most 15 digits the decimals 10^−<paramref name="decimals"/> apart are further apart than the
    /// double's own spacing (2⁻⁵² of its size), so no shorter decimal reads back to the same double and this one is
    /// the shortest form.
    /// </remarks>
    /// <param name="destination">At least 32 bytes.</param>
    public static bool TryWrite(double value, int decimals, Span<byte> destination, out int written)
    {
        written = 0;
        var magnitude = Math.Abs(value);
        if ((uint)decimals >= PowersOfTen.Length || !(magnitude >= 1e-4) || magnitude * PowersOfTen[decimals] >= 1e15)
        {
            return false;
        }

        var scale = PowersOfTen[decimals];
        var scaled = (long)Math.Round(magnitude * scale);
        if ((double)scaled / scale != magnitude)
        {
            return false;
        }

        var (whole, fraction) = Math.DivRem(scaled, scale);
        var digits = decimals;
        while (digits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        if (value < 0)
        {
            destination[written++] = (byte)'-';
        }

        whole.TryFormat(destination[written..], out var wholeLength, default, System.Globalization.CultureInfo.InvariantCulture);
        written += wholeLength;
        if (digits > 0)
        {
            destination[written++] = (byte)'.';
            for (var i = digits - 1; i >= 0; i--)
            {
                destination[written + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            written += digits;
        }

        return true;
    }
}
