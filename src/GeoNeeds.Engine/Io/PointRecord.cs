namespace GeoNeeds.Engine.Io;

/// <summary>
/// One located event read from a point file (a police incident, a geocoded referral), with coordinates in
/// the reader's coordinate system. Strings are <c>null</c> when the file has no such column.
/// </summary>
/// <param name="Line">1-based physical line in the source file.</param>
/// <param name="X">Longitude or easting.</param>
/// <param name="Y">Latitude or northing.</param>
/// <param name="Month">The period, <c>yyyy-MM</c> as police.uk writes it.</param>
/// <param name="Category">The crime type or other category used by filters and breakdowns.</param>
/// <param name="AreaCode">An area code the source already assigned (police.uk's <c>LSOA code</c>).</param>
public readonly record struct PointRecord(long Line, double X, double Y, string? Month, string? Category, string? AreaCode);
