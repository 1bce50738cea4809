namespace GeoNeeds.Report.Tables;

/// <summary>A CSV column the report prints: its name in the CSV, its heading and how its cells read.</summary>
public sealed record ReportColumn(string Name, string Heading, CellKind Kind = CellKind.Text);
