namespace GeoNeeds.Viewer.Web.AreaTables;

/// <summary>A column of an <see cref="AreaTable"/>: its name in the CSV and its heading in the panel.</summary>
public sealed record AreaTableColumn(string Name, string Heading);
