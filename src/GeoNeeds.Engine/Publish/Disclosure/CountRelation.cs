namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// A sum a reader can check from published figures: <paramref name="Total"/> = Σ <paramref name="Parts"/>
/// (a ward and its LSOAs, an area and its monthly cells, a decile and its LSOAs). Parts known to be zero are left out.
/// </summary>
public sealed record CountRelation(CountCellKey Total, IReadOnlyList<CountCellKey> Parts);
