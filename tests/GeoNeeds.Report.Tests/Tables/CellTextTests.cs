using GeoNeeds.Report.Tables;

namespace GeoNeeds.Report.Tests.Tables;

public class CellTextTests
{
    [Theory]
    [InlineData("*", CellKind.Count, "*")]
    [InlineData("", CellKind.OneDecimal, "–")]
    [InlineData("173567", CellKind.Count, "173,567")]
    [InlineData("141.364136413641", CellKind.OneDecimal, "141.4")]
    [InlineData("0.113571834185122", CellKind.TwoDecimals, "0.11")]
    [InlineData("9.34508398988361E-30", CellKind.PValue, "<0.001")]
    [InlineData("0.028", CellKind.PValue, "0.028")]
    [InlineData("2023", CellKind.Text, "2023")]
    [InlineData("true", CellKind.Text, "yes")]
    [InlineData("Ynys Môn", CellKind.Count, "Ynys Môn")]
    public void Of_PrintsThePublishedCellForReading(string cell, CellKind kind, string expected) =>
        Assert.Equal(expected, CellText.Of(cell, kind));
}
