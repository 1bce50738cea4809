namespace GeoNeeds.Engine.Geo;

/// <summary>
/// A set of areas of one kind (all LSOAs of a study, all wards) in one coordinate system,
/// with unique codes. Built by the boundary readers.
/// </summary>
public sealed class AreaLayer
{
    private readonly Dictionary<string, Area> _byCode;

    /// <exception cref="ArgumentException">Two areas share a code.</exception>
    public AreaLayer(string name, CoordinateSystem coordinateSystem, IEnumerable<Area> areas, IReadOnlyList<AreaRepair>? repairs = null)
    {
        Name = name;
        CoordinateSystem = coordinateSystem;
        Areas = areas.ToList();
        Repairs = repairs ?? [];
        _byCode = new Dictionary<string, Area>(Areas.Count, StringComparer.Ordinal);
        foreach (var area in Areas)
        {
            if (!_byCode.TryAdd(area.Code, area))
            {
                throw new ArgumentException($"Layer '{name}' has more than one area with code '{area.Code}'.", nameof(areas));
            }
        }
    }

    /// <summary>A short name for messages and output files (e.g. <c>lsoa</c>, <c>ward</c>).</summary>
    public string Name { get; }

    public CoordinateSystem CoordinateSystem { get; }

    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The source geometries that were invalid and repaired while reading, in feature order.</summary>
    public IReadOnlyList<AreaRepair> Repairs { get; }

    /// <summary>How many source geometries were invalid and repaired while reading.</summary>
    public int RepairedGeometries => Repairs.Count;

    public int Count => Areas.Count;

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public Area? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>This layer with every geometry reprojected to <paramref name="target"/>.</summary>
    public AreaLayer ReprojectedTo(CoordinateSystem target)
    {
        if (target == CoordinateSystem)
        {
            return this;
        }

        var transform = CoordinateTransform.Between(CoordinateSystem, target);
        return new AreaLayer(Name, target, Areas.Select(a => a with { Geometry = transform.Apply(a.Geometry) }), Repairs);
    }
}
