namespace GeoNeeds.Report.Tables;

/// <summary>A CSV column the report prints: its name in the CSV, its heading and how its cells read.</summary>
/// <param name="Text">What a cell's value reads as, when the CSV holds a name for machines (an indicator's name, read as its label).</param>
public sealed record ReportColumn(string Name, string Heading, CellKind Kind = CellKind.Text, Func<string, string>? Text = null);
