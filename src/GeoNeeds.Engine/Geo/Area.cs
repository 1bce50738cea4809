using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Geo;

/// <summary>One statistical or administrative area: an LSOA, a ward, a local authority.</summary>
/// <param name="Code">The area's code (e.g. <c>E01009522</c>); unique within its layer.</param>
/// <param name="Name">The area's name, or the code when the source has no name.</param>
/// <param name="Geometry">A valid polygonal geometry in the layer's coordinate system.</param>
public sealed record Area(string Code, string Name, Geometry Geometry)
{
    /// <summary>
    /// The code of the area this one lies in, when the boundary file carries it (a national LSOA file's
    /// <c>LAD_CD</c>; see <see cref="Io.Boundaries.BoundaryReadOptions.ParentField"/>), otherwise <c>null</c>.
    /// </summary>
    public string? Parent { get; init; }
}
