using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

/// <summary>OWASP "CSV Injection": text a spreadsheet would run gets a leading quote; numbers never change.</summary>
public class SpreadsheetFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("- none -", "'- none -")]
    public void Neutralised_TextStartingLikeAFormula_GetsALeadingQuote(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormula.Neutralised(text));
    }

    [Theory]
    [InlineData("-3.2")]
    [InlineData("-17")]
    [InlineData("+1e5")]
    [InlineData("-2.5E-300")]
    [InlineData("standard")]
    [InlineData("X01000001")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Neutralised_NumbersAndOrdinaryText_AreUnchanged(string text)
    {
        Assert.Equal(text, SpreadsheetFormula.Neutralised(text));
    }

    [Fact]
    public void Write_FormulaTextCells_AreNeutralisedAndNumbersKept()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "profiles.csv");

        CsvTableWriter.Write(path, ["value", "count", "@header"], [["=1+1", -3, "-3.2"], ["@SUM(1+1)", -2.5, "plain"]]);

        Assert.Equal("value,count,'@header\n'=1+1,-3,-3.2\n'@SUM(1+1),-2.5,plain\n", File.ReadAllText(path));
    }

    [Fact]
    public void Write_FormulasKept_WritesTextAsRead()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "profiles.csv");

        CsvTableWriter.Write(path, ["value"], [["=1+1"], ["@SUM(1+1)"]], CsvFormulas.Keep);

        Assert.Equal("value\n=1+1\n@SUM(1+1)\n", File.ReadAllText(path));
    }
}
