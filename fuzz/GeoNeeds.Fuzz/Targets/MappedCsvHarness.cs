using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>
/// Point files whose columns a study maps (here a referral export): British National Grid eastings and northings,
/// a date, a category, an area code and a domestic-abuse flag.
/// </summary>
internal static class MappedCsvHarness
{
    public static FuzzTarget Target { get; } = new("mapped-csv", ".csv", path => PointFileCheck.Read(path,
        new PointColumns("Easting", "Northing", CoordinateSystem.BritishNationalGrid) { Month = "Date", Category = "Type", AreaCode = "Area" },
        new PointSelection { FlagColumn = "DA" }));
}
