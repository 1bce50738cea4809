using System.Globalization;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class CsvTableWriterTests
{
    [Fact]
    public void Write_FieldsNeedingQuotes_AreQuotedWithInnerQuotesDoubled()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "areas.csv");

        CsvTableWriter.Write(path, ["code", "name", "note"], [
            ["X01000001", "Smith, Jones & Co", "said \"hi\""],
            ["X01000002", "line one\nline two", " padded "],
        ]);

        // RFC 4180 §2.6-2.7; spaces alone do not need quotes; '\n' line endings, final line terminated.
        Assert.Equal(
            "code,name,note\n" +
            "X01000001,\"Smith, Jones & Co\",\"said \"\"hi\"\"\"\n" +
            "X01000002,\"line one\nline two\", padded \n",
            File.ReadAllText(path));
    }

    [Fact]
    public void Write_WithByteOrderMark_StartsWithTheUtf8MarkSoExcelReadsUtf8()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "areas.csv");

        CsvTableWriter.Write(path, ["area_name"], [["Ynys Môn"]], byteOrderMark: true);

        // EF BB BF is U+FEFF in UTF-8 (Unicode §23.8); "ô" is C3 B4.
        Assert.Equal([0xEF, 0xBB, 0xBF, .. "area_name\nYnys M"u8, 0xC3, 0xB4, .. "n\n"u8], File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_MixedValues_FormatsInvariantly()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "rates.csv");

        CsvTableWriter.Write(path, ["count", "rate", "lower", "upper", "suppressed", "population", "single"], [
            [82, 664.2365330093155, null, double.NaN, false, 12_345L, 0.1f],
            [0, 0.1, 1e-7, 1e21, true, -3L, 1.5f],
        ]);

        // Shortest round-trip forms as .NET "R" prints them; NaN and null are empty fields.
        Assert.Equal(
            "count,rate,lower,upper,suppressed,population,single\n" +
            "82,664.2365330093155,,,false,12345,0.1\n" +
            "0,0.1,1E-07,1E+21,true,-3,1.5\n",
            File.ReadAllText(path));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3.0)]
    [InlineData(664.2365330093155)]
    [InlineData(123456789012345.67)]
    [InlineData(double.Epsilon)]
    [InlineData(-2.5e-300)]
    public void Write_Double_ReadsBackToTheSameValue(double value)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "value.csv");

        CsvTableWriter.Write(path, ["value"], [[value]]);

        var text = File.ReadAllLines(path)[1];
        Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_RowWithTooFewFields_ThrowsNamingTheRowAndLeavesNoFile()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "short.csv");

        var error = Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(path, ["code", "count"], [["X01000001", 1], ["X01000002"]]));

        Assert.StartsWith("Row 2 of short.csv has 1 fields but the header has 2.", error.Message);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Write_EmptyHeader_Throws()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "empty.csv");

        var error = Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(path, [], []));

        Assert.Equal("header", error.ParamName);
        Assert.StartsWith("A CSV table needs at least one column.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DatesInfinitiesAndOtherValues_FormatsInvariantly()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "other.csv");

        CsvTableWriter.Write(path, ["day", "time", "single", "double", "link", "note"], [
            [new DateOnly(2025, 3, 1), new DateTime(2025, 3, 1, 14, 5, 9), float.PositiveInfinity, double.NegativeInfinity, new Uri("http://example.org/a"), "one\rtwo"],
            [null, null, null, null, null, ",leading comma"],
        ]);

        // ISO 8601 dates and times; infinities are empty fields like NaN; any other value is its own text; a lone
        // carriage return needs quotes as a line feed does, and so does a comma in first place (RFC 4180 §2.6).
        Assert.Equal(
            "day,time,single,double,link,note\n" +
            "2025-03-01,2025-03-01T14:05:09,,,http://example.org/a,\"one\rtwo\"\n" +
            ",,,,,\",leading comma\"\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void Write_AnyTable_IsUtf8WithoutAByteOrderMark()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "names.csv");

        CsvTableWriter.Write(path, ["name"], [["Ynys Môn"]]);

        // "name\nYnys M" then ô as the two UTF-8 bytes C3 B4; no EF BB BF in front.
        Assert.Equal("6E616D650A596E7973204DC3B46E0A", Convert.ToHexString(File.ReadAllBytes(path)));
    }
}
