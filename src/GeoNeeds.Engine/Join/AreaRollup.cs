using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Which parent area (ward, local authority) each child area (LSOA) rolls up to. Built from an ONS best-fit
/// lookup when the study gives one, otherwise by placing each child's interior point in the parent polygons.
/// </summary>
public sealed class AreaRollup
{
    private readonly Dictionary<string, string> _parentByChild;

    private AreaRollup(string childLayer, string parentLayer, string method, Dictionary<string, string> parentByChild, IReadOnlyList<string> unassigned)
    {
        ChildLayer = childLayer;
        ParentLayer = parentLayer;
        Method = method;
        _parentByChild = parentByChild;
        Unassigned = unassigned;
    }

    public string ChildLayer { get; }

    public string ParentLayer { get; }

    /// <summary><c>lookup</c> or <c>interior-point</c>, for the run summary.</summary>
    public string Method { get; }

    /// <summary>Child codes that have no parent (outside every parent polygon, or absent from the lookup).</summary>
    public IReadOnlyList<string> Unassigned { get; }

    public IReadOnlyDictionary<string, string> ParentByChild => _parentByChild;

    public string? ParentOf(string childCode) => _parentByChild.GetValueOrDefault(childCode);

    /// <summary>
    /// Places each child's interior point (a point guaranteed inside the polygon, unlike the centroid) in the
    /// parent layer. Parents are reprojected to the children's coordinate system when they differ.
    /// </summary>
    public static AreaRollup FromInteriorPoints(AreaLayer children, AreaLayer parents)
    {
        var locator = new AreaLocator(parents.ReprojectedTo(children.CoordinateSystem));
        return Build(children, parents.Name, "interior-point", child =>
        {
            var point = child.Geometry.InteriorPoint;
            return locator.Locate(point.X, point.Y)?.Code;
        });
    }

    /// <summary>Rolls up by the parent codes the children's boundary file carries (<see cref="Area.Parent"/>, e.g. a national file's <c>LAD_CD</c>).</summary>
    public static AreaRollup FromParentCodes(AreaLayer children, string parentLayer) =>
        Build(children, parentLayer, "parent-code", child => child.Parent);

    /// <summary>
    /// Rolls up by best fit to built postcode polygons: each child goes to the parent most of its postcodes lie in
    /// (<paramref name="parentOf"/> gives that parent), method <c>postcode-count</c>.
    /// </summary>
    public static AreaRollup FromPostcodeCounts(AreaLayer children, string parentLayer, Func<string, string?> parentOf) =>
        Build(children, parentLayer, "postcode-count", child => parentOf(child.Code));

    /// <summary>Rolls up by a code lookup (e.g. ONS LSOA → ward best fit) restricted to the study's children.</summary>
    public static AreaRollup FromLookup(AreaLayer children, string parentLayer, Func<string, string?> parentOf) =>
        Build(children, parentLayer, "lookup", child => parentOf(child.Code));

    /// <summary>The roll-up from this layer's children to <paramref name="next"/>'s parents (LSOA → ward → LAD).</summary>
    public AreaRollup Then(AreaRollup next)
    {
        var composed = new Dictionary<string, string>(StringComparer.Ordinal);
        var unassigned = new List<string>(Unassigned);
        foreach (var (child, parent) in _parentByChild)
        {
            if (next.ParentOf(parent) is { } grandparent)
            {
                composed[child] = grandparent;
            }
            else
            {
                unassigned.Add(child);
            }
        }

        return new AreaRollup(ChildLayer, next.ParentLayer, $"{Method}+{next.Method}", composed, unassigned);
    }

    /// <summary>How many children this roll-up and <paramref name="other"/> send to the same parent.</summary>
    public int AgreementWith(AreaRollup other) =>
        _parentByChild.Count(c => string.Equals(other.ParentOf(c.Key), c.Value, StringComparison.Ordinal));

    private static AreaRollup Build(AreaLayer children, string parentLayer, string method, Func<Area, string?> parentOf)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var unassigned = new List<string>();
        foreach (var child in children.Areas)
        {
            if (parentOf(child) is { } parent)
            {
                parents[child.Code] = parent;
            }
            else
            {
                unassigned.Add(child.Code);
            }
        }

        return new AreaRollup(children.Name, parentLayer, method, parents, unassigned);
    }
}
