using System.Globalization;

namespace GeoNeeds.Engine.Stats;

/// <summary>
/// A share a standard expects, as a range (SafeLives: 28–40% of MARAC cases are repeats) or one figure (both ends equal).
/// </summary>
/// <param name="Low">The lowest expected share, between 0 and 1.</param>
/// <param name="High">The highest expected share, between <paramref name="Low"/> and 1.</param>
public sealed record ExpectedShare(double Low, double High)
{
    /// <summary>The lowest expected share, between 0 and 1.</summary>
    public double Low { get; } = Low is >= 0 and <= 1 ? Low : throw new ArgumentOutOfRangeException(nameof(Low), Low, "An expected share must be between 0 and 1.");

    /// <summary>The highest expected share, between <see cref="Low"/> and 1.</summary>
    public double High { get; } = High >= Low && High <= 1 ? High : throw new ArgumentOutOfRangeException(nameof(High), High, "An expected range must end at or above its start and at or below 1.");

    /// <summary>Reads <c>0.28-0.40</c> (an en dash or <c>to</c> also separates) or one share, <c>0.5</c>.</summary>
    public static bool TryParse(string? text, out ExpectedShare share)
    {
        share = null!;
        var parts = (text ?? "").Replace("–", "-", StringComparison.Ordinal).Replace(" to ", "-", StringComparison.Ordinal)
            .Split('-', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN).ToList();
        if (parts.Length is < 1 or > 2 || numbers.Any(n => n is not (>= 0 and <= 1)) || numbers[^1] < numbers[0])
        {
            return false;
        }

        share = new ExpectedShare(numbers[0], numbers[^1]);
        return true;
    }

    public override string ToString() => Low == High
        ? Low.ToString(CultureInfo.InvariantCulture)
        : $"{Low.ToString(CultureInfo.InvariantCulture)}-{High.ToString(CultureInfo.InvariantCulture)}";
}
