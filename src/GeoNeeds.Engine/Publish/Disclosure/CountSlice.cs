namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>Which events of an area a <see cref="CountCellKey"/> counts.</summary>
public enum CountSlice
{
    /// <summary>All of them.</summary>
    Whole,

    /// <summary>One month × category cell.</summary>
    MonthCategory,

    /// <summary>A named period.</summary>
    Period,

    /// <summary>One value of a profiled field.</summary>
    FieldValue,

    /// <summary>The values of a profiled field that its shares are of (the representation table's <c>compared</c>).</summary>
    FieldCompared,

    /// <summary>The base areas of one deprivation decile.</summary>
    Decile,

    /// <summary>A listed group of areas.</summary>
    Group,
}
