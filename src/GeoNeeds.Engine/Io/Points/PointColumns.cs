using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// Which columns of a point file hold the coordinates and the optional period, category and area code.
/// Names are matched ignoring case and surrounding spaces.
/// </summary>
/// <param name="X">Longitude or easting column.</param>
/// <param name="Y">Latitude or northing column.</param>
/// <param name="CoordinateSystem">The system the coordinates are in; values out of its range are rejected.</param>
public sealed record PointColumns(string X, string Y, CoordinateSystem CoordinateSystem)
{
    /// <summary>
    /// The period column: police.uk's <c>Month</c> (<c>yyyy-MM</c>) or a date column (<c>yyyy-MM-dd</c>,
    /// <c>dd/MM/yyyy</c>, with or without a time), read as <c>yyyy-MM</c>.
    /// </summary>
    public string? Month { get; init; }

    /// <summary>The category column used by <see cref="PointSelection.Categories"/> and breakdowns, e.g. <c>Crime type</c>.</summary>
    public string? Category { get; init; }

    /// <summary>An area code the source already assigned, e.g. police.uk's <c>LSOA code</c>.</summary>
    public string? AreaCode { get; init; }

    /// <summary>police.uk street-level crime files: <c>Longitude</c>/<c>Latitude</c> (WGS 84), <c>Month</c>, <c>Crime type</c>, <c>LSOA code</c>.</summary>
    public static PointColumns PoliceUk { get; } = new("Longitude", "Latitude", CoordinateSystem.Wgs84)
    {
        Month = "Month",
        Category = "Crime type",
        AreaCode = "LSOA code",
    };
}
