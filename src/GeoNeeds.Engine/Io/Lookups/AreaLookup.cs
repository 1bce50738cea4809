namespace GeoNeeds.Engine.Io.Lookups;

/// <summary>Which larger area each smaller area belongs to, e.g. LSOA → ward (read by <see cref="AreaLookupReader"/>).</summary>
public sealed class AreaLookup
{
    private readonly IReadOnlyDictionary<string, AreaParent> _parents;

    internal AreaLookup(IReadOnlyDictionary<string, AreaParent> parents) => _parents = parents;

    /// <summary>How many child areas the lookup holds.</summary>
    public int Count => _parents.Count;

    /// <summary>The parent of <paramref name="childCode"/>, or <c>null</c> when the lookup does not list it.</summary>
    public AreaParent? ParentOf(string childCode) => _parents.GetValueOrDefault(childCode);

    /// <summary>The child areas of <paramref name="parentCode"/>, in code order (e.g. a local authority's LSOAs).</summary>
    public IReadOnlyList<string> ChildrenOf(string parentCode) =>
        [.. _parents.Where(pair => pair.Value.Code == parentCode).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
}
