using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// Makes area geometries valid so that point-in-polygon tests and areas are trustworthy. Published boundary
/// files often hold self-intersecting rings (bow-ties), holes that stray outside their shell, or rings that
/// touch themselves after generalisation.
/// </summary>
public static class GeometryRepair
{
    /// <summary>
    /// Returns <paramref name="geometry"/> itself when it is valid; otherwise the repair by NetTopologySuite's
    /// <see cref="GeometryFixer"/>, which keeps as much of the input's extent as it can: a bow-tie becomes two
    /// triangles, a hole crossing its shell is cut out of it, a hole lying outside its shell becomes a part of its own.
    /// </summary>
    /// <param name="geometry">The geometry to check.</param>
    /// <param name="repaired">True when the geometry was invalid and a repaired copy is returned.</param>
    /// <remarks>
    /// The repair of a polygonal geometry is polygonal; it is empty when nothing of the area survives (a ring of
    /// collinear points). A polygon whose one ring is proved simple by a quick sweep skips the full validity check.
    /// A repair is flat: heights given with the positions are dropped.
    /// </remarks>
    public static Geometry Repair(Geometry geometry, out bool repaired)
    {
        repaired = !SimplePolygon.IsProvenValid(geometry) && !geometry.IsValid;
        return repaired ? Fixed(Flat(geometry)) : geometry;
    }

    // The fixer's floating-point noding can leave a ring with many crossings still self-intersecting; a second
    // pass over its own output, and failing that a zero buffer, settles those.
    private static Geometry Fixed(Geometry geometry)
    {
        var fixedOnce = GeometryFixer.Fix(geometry);
        if (fixedOnce.IsValid)
        {
            return fixedOnce;
        }

        var fixedTwice = GeometryFixer.Fix(fixedOnce);
        return fixedTwice.IsValid ? fixedTwice : fixedOnce.Buffer(0);
    }

    // GeoJSON positions may carry a height; a ring mixing [x, y] and [x, y, z] positions makes the fixer's
    // overlay fill heights into coordinates that have no room for one. Areas are flat, so heights are dropped.
    private static Geometry Flat(Geometry geometry) => new GeometryEditor(geometry.Factory).Edit(
        geometry,
        new GeometryEditor.CoordinateSequenceOperation((sequence, _) =>
        {
            var flat = geometry.Factory.CoordinateSequenceFactory.Create(sequence.Count, 2, 0);
            for (var i = 0; i < sequence.Count; i++)
            {
                flat.SetX(i, sequence.GetX(i));
                flat.SetY(i, sequence.GetY(i));
            }

            return flat;
        }));

    /// <summary>What was wrong with an invalid <paramref name="original"/> that became <paramref name="repair"/>, for the run's report.</summary>
    public static AreaRepair Describe(int feature, string code, string name, Geometry original, Geometry repair)
    {
        var error = new IsValidOp(original).ValidationError;
        var at = error?.Coordinate ?? original.Coordinate;
        return new AreaRepair(feature, code, name, error?.Message ?? "Invalid geometry", at.X, at.Y, original.Area, repair.Area);
    }
}
