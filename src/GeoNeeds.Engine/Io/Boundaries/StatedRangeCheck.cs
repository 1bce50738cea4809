using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;
using static System.FormattableString;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Checks a boundary file's stated coordinate system against the coordinates it actually holds, as points are
/// checked row by row (<see cref="Points.CoordinateRange"/>): British National Grid metres declared as CRS84, or
/// degrees declared as EPSG:27700, would otherwise match no point and give every area a count of 0.
/// </summary>
internal static class StatedRangeCheck
{
    /// <summary>What a boundary file states its coordinate system in, for the message.</summary>
    public const string FileStatement = "the coordinate system the file states (its GeoJSON crs member, .prj or GeoPackage srs)";

    /// <summary>What PostGIS geometries state their coordinate system in, for the message.</summary>
    public const string SridStatement = "the geometries' SRID (ST_SetSRID, or ST_Transform in the level's query)";

    /// <summary>Throws when <paramref name="extent"/> does not fit <paramref name="stated"/>.</summary>
    /// <param name="file">The boundary file or database source, for the message.</param>
    /// <param name="stated">The coordinate system the file (or the study) states.</param>
    /// <param name="byStudy">Whether the study's <c>crs</c> stated it rather than the file.</param>
    /// <param name="extent">The extent of every area's geometry.</param>
    /// <param name="statement">Where the source states its system: <see cref="FileStatement"/> or <see cref="SridStatement"/>.</param>
    /// <exception cref="InputDataException">The coordinates do not fit <paramref name="stated"/>.</exception>
    public static void Check(string file, CoordinateSystem stated, bool byStudy, Envelope extent, string statement = FileStatement)
    {
        var fits = CoordinateSystem.FromRange(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY);
        if (fits == stated)
        {
            return;
        }

        var look = fits is null ? "which fit neither longitude/latitude degrees nor British National Grid metres"
            : fits.IsGeographic ? "which look like longitude/latitude degrees" : "which look like British National Grid metres";
        var declared = stated.IsGeographic ? "CRS84 longitude/latitude (EPSG:4326)" : "British National Grid (EPSG:27700)";
        var fix = byStudy
            ? "correct the level's crs in the study" + (fits is null ? "" : $" to {fits.Code}, or remove it so the file's own statement is used")
            : "correct " + statement
                + (fits is null ? " or reproject the file" : $", or override it with crs: {fits.Code} on the study's level");
        throw new InputDataException(file, Invariant(
            $"coordinates run from {extent.MinX:0.####} to {extent.MaxX:0.####} east and {extent.MinY:0.####} to {extent.MaxY:0.####} north, {look}, but {(byStudy ? "the study's crs declares" : statement == SridStatement ? "the geometries' SRID declares" : "the file declares")} {declared}; {fix}."));
    }
}
