using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>How to read one boundary file into an <see cref="AreaLayer"/>. Every setting may be left to detection.</summary>
public sealed record BoundaryReadOptions
{
    /// <summary>The layer's short name, used in messages and as <see cref="AreaLayer.Name"/>.</summary>
    public string LayerName { get; init; } = "areas";

    /// <summary>The property holding each area's code (e.g. <c>LSOA11CD</c>); <c>null</c> detects an ONS-style <c>…CD</c> property.</summary>
    public string? CodeField { get; init; }

    /// <summary>The property holding each area's name (e.g. <c>LSOA11NM</c>); <c>null</c> takes the <c>…NM</c> partner of the code, or the code itself when there is none.</summary>
    public string? NameField { get; init; }

    /// <summary>
    /// A property holding each area's parent code (e.g. <c>LAD_CD</c> in the national LSOA file), kept as
    /// <see cref="Area.Parent"/> for a roll-up without a lookup table; <c>null</c> keeps none.
    /// </summary>
    public string? ParentField { get; init; }

    /// <summary>The TopoJSON object or GeoPackage table to read; <c>null</c> takes the only (or first) one. Ignored by single-layer formats.</summary>
    public string? LayerWithinFile { get; init; }

    /// <summary>The coordinate system of the file's coordinates, overriding anything the file states; <c>null</c> takes the file's own statement or infers it from the coordinates.</summary>
    public CoordinateSystem? CoordinateSystem { get; init; }
}
