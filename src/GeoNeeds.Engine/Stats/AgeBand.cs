using System.Globalization;

namespace GeoNeeds.Engine.Stats;

/// <summary>An age band in whole years: a single year (<c>45</c>), a closed band (<c>16-19</c>) or an open one (<c>90+</c>).</summary>
/// <param name="From">The first age in the band.</param>
/// <param name="To">The last age in the band; <c>null</c> when the band is open-ended.</param>
public sealed record AgeBand(int From, int? To)
{
    /// <summary>The first age in the band.</summary>
    public int From { get; } = From >= 0 ? From : throw new ArgumentOutOfRangeException(nameof(From), From, "An age cannot be negative.");

    /// <summary>The last age in the band; <c>null</c> when the band is open-ended.</summary>
    public int? To { get; } = To is null || To >= From ? To : throw new ArgumentOutOfRangeException(nameof(To), To, "A band cannot end before it starts.");

    /// <summary>Whether someone aged <paramref name="age"/> is in the band.</summary>
    public bool Contains(int age) => age >= From && (To is null || age <= To);

    /// <summary>Reads <c>45</c>, <c>16-19</c> or <c>90+</c> (spaces allowed around the parts).</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not an age or an age band.</exception>
    public static AgeBand Parse(string text) =>
        TryParse(text, out var band) ? band : throw new FormatException(NotABand(text));

    /// <summary>Reads <c>45</c>, <c>16-19</c> or <c>90+</c>; false for anything else, including bands that end before they start.</summary>
    public static bool TryParse(string? text, out AgeBand band)
    {
        band = null!;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.EndsWith('+'))
        {
            return TryAge(trimmed[..^1], out var from) && Assign(new AgeBand(from, null), out band);
        }

        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return TryAge(trimmed, out var age) && Assign(new AgeBand(age, age), out band);
        }

        return TryAge(trimmed[..dash], out var start) && TryAge(trimmed[(dash + 1)..], out var end) && end >= start
            && Assign(new AgeBand(start, end), out band);
    }

    /// <summary>The message for text that is not an age band, shared by everything that reads them.</summary>
    internal static string NotABand(string? text) => $"'{text}' is not an age or age band (45, 16-19 or 90+)";

    public override string ToString() =>
        To is null ? $"{From.ToString(CultureInfo.InvariantCulture)}+"
        : To == From ? From.ToString(CultureInfo.InvariantCulture)
        : $"{From.ToString(CultureInfo.InvariantCulture)}-{To.Value.ToString(CultureInfo.InvariantCulture)}";

    private static bool TryAge(string text, out int age) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out age);

    private static bool Assign(AgeBand value, out AgeBand band)
    {
        band = value;
        return true;
    }
}
