using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Postcode polygons from a postcode lookup and a clip layer, with their population: what the
/// <c>postcode-areas</c> verb writes and what a study's <c>postcode_unit</c>, <c>postcode_sector</c> and
/// <c>postcode_district</c> levels are built from.
/// </summary>
/// <param name="Areas">The polygons and their postcodes.</param>
/// <param name="Centroids">The lookup's points, with what was left out of them.</param>
/// <param name="Population">Residents per polygon, or <c>null</c> when neither the lookup nor a clip-area population gives them.</param>
/// <param name="PopulationMethod">How <paramref name="Population"/> was found, for the method text.</param>
public sealed record PostcodeGeography(PostcodeAreas Areas, PostcodeCentroids Centroids, IReadOnlyDictionary<string, double>? Population, string? PopulationMethod)
{
    /// <summary>
    /// Builds the polygons of <paramref name="level"/>. Population comes from the lookup when every postcode has
    /// it, otherwise from <paramref name="clipPopulation"/> apportioned by postcode counts (<see cref="PostcodeAreaPopulation"/>).
    /// </summary>
    public static PostcodeGeography Build(PostcodeLookup lookup, AreaLayer clip, PostcodeLevel level,
        IReadOnlyDictionary<string, double>? clipPopulation = null, bool includeTerminated = false)
    {
        var centroids = PostcodeCentroids.From(lookup, includeTerminated);
        var areas = PostcodeAreaBuilder.Build(centroids.Points, clip, level);
        if (PostcodeAreaPopulation.FromLookup(areas) is { } fromLookup && areas.Members.Count > 0)
        {
            return new PostcodeGeography(areas, centroids, fromLookup, PostcodeAreaPopulation.LookupMethod);
        }

        return clipPopulation is null
            ? new PostcodeGeography(areas, centroids, null, null)
            : new PostcodeGeography(areas, centroids, PostcodeAreaPopulation.Apportioned(areas, clipPopulation), PostcodeAreaPopulation.ApportionedMethod);
    }

    /// <summary>The columns of <see cref="Rows"/> and of the GeoJSON properties.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area_code", "area_name", "postcodes", "population"];

    /// <summary>One row per polygon: code, name, postcodes in it and population (empty when unknown).</summary>
    public IEnumerable<object?[]> Rows()
    {
        var postcodes = Areas.Members.GroupBy(m => m.AreaCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Areas.Layer.Areas.Select(a => new object?[]
        {
            a.Code, a.Name, postcodes.GetValueOrDefault(a.Code), Population is null ? null : Math.Round(Population.GetValueOrDefault(a.Code), 1),
        });
    }

    /// <summary>The polygons in WGS 84 with <see cref="Rows"/> as properties, for <see cref="GeoJsonAreaWriter"/>.</summary>
    public IEnumerable<AreaFeature> Features()
    {
        var wgs84 = Areas.Layer.ReprojectedTo(CoordinateSystem.Wgs84);
        return Rows().Select(row => new AreaFeature(
            wgs84.Find((string)row[0]!)!.Geometry, [.. Columns.Select((column, i) => KeyValuePair.Create(column, row[i]))], (string)row[0]!));
    }
}
