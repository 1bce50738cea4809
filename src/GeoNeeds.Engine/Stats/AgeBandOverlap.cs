namespace GeoNeeds.Engine.Stats;

/// <summary>How much of a population's age band falls within another band.</summary>
public static class AgeBandOverlap
{
    /// <summary>The ages two bands have in common, or null when none.</summary>
    public static AgeBand? Common(AgeBand first, AgeBand second)
    {
        var from = Math.Max(first.From, second.From);
        int? to = first.To is null ? second.To : second.To is null ? first.To : Math.Min(first.To.Value, second.To.Value);
        return to < from ? null : new AgeBand(from, to);
    }

    /// <summary>
    /// The share of the people in <paramref name="band"/> aged within <paramref name="within"/>, taking ages as
    /// evenly spread over a closed band (as the children denominator does): 1 when the band lies inside, 0 when
    /// outside, otherwise the years in common ÷ the band's years.
    /// </summary>
    /// <remarks>
    /// An open band (<c>90+</c>) has no length, so only wholly inside or wholly outside can be told: null when
    /// <paramref name="within"/> cuts across it.
    /// </remarks>
    public static double? Share(AgeBand band, AgeBand within)
    {
        if (Common(band, within) is not { } common)
        {
            return 0;
        }

        if (band.To is not { } last)
        {
            return common == band ? 1 : null;
        }

        return (double)(common.To!.Value - common.From + 1) / (last - band.From + 1);
    }
}
