namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>The residents of postcode polygons, which no open source publishes for derived areas.</summary>
public static class PostcodeAreaPopulation
{
    /// <summary>The method text of <see cref="FromLookup"/>.</summary>
    public const string LookupMethod = "the sum of the postcode lookup's population of the postcodes in each area";

    /// <summary>The method text of <see cref="Apportioned"/>.</summary>
    public const string ApportionedMethod =
        "each clip area's (LSOA's) population shared equally among the postcodes in it, summed over each area's postcodes";

    /// <summary>The sum of the lookup's population over each polygon's postcodes; <c>null</c> when some postcode has none.</summary>
    public static IReadOnlyDictionary<string, double>? FromLookup(PostcodeAreas areas) =>
        areas.Members.Any(m => m.Population is null)
            ? null
            : areas.Members.GroupBy(m => m.AreaCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(m => m.Population!.Value), StringComparer.Ordinal);

    /// <summary>
    /// Apportions the clip areas' population by postcode counts: a clip area of population P holding n postcodes gives
    /// P / n to the polygon of each; a clip area holding none gives all of P to the polygon it was joined to.
    /// </summary>
    /// <remarks>
    /// Counting postcodes, not addresses, weights a postcode of two houses like one of forty flats; it is the simplest
    /// apportionment open data allows and the method text says so. Clip areas missing from
    /// <paramref name="clipPopulation"/> add nothing.
    /// </remarks>
    /// <param name="areas">The polygons and their postcodes.</param>
    /// <param name="clipPopulation">Population by clip area code (e.g. LSOA 2011 code).</param>
    public static IReadOnlyDictionary<string, double> Apportioned(PostcodeAreas areas, IReadOnlyDictionary<string, double> clipPopulation)
    {
        var population = areas.Layer.Areas.ToDictionary(a => a.Code, _ => 0.0, StringComparer.Ordinal);
        foreach (var clipArea in areas.Members.GroupBy(m => m.ClipCode, StringComparer.Ordinal))
        {
            var share = clipPopulation.GetValueOrDefault(clipArea.Key) / clipArea.Count();
            foreach (var member in clipArea)
            {
                population[member.AreaCode] += share;
            }
        }

        foreach (var (clipCode, areaCode) in areas.EmptyClipAreas)
        {
            population[areaCode] += clipPopulation.GetValueOrDefault(clipCode);
        }

        return population;
    }
}
