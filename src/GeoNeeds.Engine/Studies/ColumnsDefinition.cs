using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>Column mapping of a generic point CSV.</summary>
public sealed record ColumnsDefinition
{
    [Description("Longitude or easting column.")]
    public string X { get; init; } = "";

    [Description("Latitude or northing column.")]
    public string Y { get; init; } = "";

    [Description("EPSG:4326 for lon/lat or EPSG:27700 for eastings/northings (the default).")]
    public string Crs { get; init; } = "EPSG:27700";

    [Description("A date or month column (yyyy-MM-dd or yyyy-MM) for monthly counts.")]
    public string? Month { get; init; }

    [Description("A column to break counts down by (e.g. the offence).")]
    public string? Category { get; init; }

    [Description("The rows' own area code column, for join: area-code.")]
    public string? AreaCode { get; init; }
}
