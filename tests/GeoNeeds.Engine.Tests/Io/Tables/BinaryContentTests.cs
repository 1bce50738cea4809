using System.Text;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Tables;

public class BinaryContentTests
{
    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "a ZIP archive (an Excel .xlsx workbook is one)")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "an Excel .xls workbook (or another Office document)")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "a gzip-compressed file")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "a PDF document")]
    [InlineData(new byte[] { 0x61, 0x00, 0x62, 0x00 }, "binary data (or UTF-16 text without a byte order mark)")]
    public void Describe_KnownSignaturesAndNulBytes_SayWhatTheFileIs(byte[] start, string expected)
    {
        Assert.Equal(expected, BinaryContent.Describe(start));
    }

    [Fact]
    public void Describe_MoreThanOneControlByteInTen_IsBinaryData()
    {
        // 11 control bytes (0x01) among 100: just over the one-in-ten line.
        var start = Enumerable.Repeat((byte)'a', 89).Concat(Enumerable.Repeat((byte)1, 11)).ToArray();

        Assert.Equal("binary data", BinaryContent.Describe(start));
    }

    [Theory]
    [InlineData("Crime ID,Month\n,2025-04\r\n")]
    [InlineData("a\tb\tc\n1\t2\t3\n")]
    [InlineData("name\nYnys Môn\n")]
    [InlineData("")]
    public void Describe_Text_IsNull(string text)
    {
        Assert.Null(BinaryContent.Describe(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Describe_TenControlBytesInAHundred_IsStillText()
    {
        var start = Enumerable.Repeat((byte)'a', 90).Concat(Enumerable.Repeat((byte)0x1B, 10)).ToArray();

        Assert.Null(BinaryContent.Describe(start));
    }

    [Fact]
    public void CsvTableOpen_Workbook_IsRefusedAsBinaryWithoutEchoingItsBytes()
    {
        var file = TestFiles.WriteBytes("incidents.csv", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 256).Select(b => (byte)b)]);

        var error = Assert.Throws<InputDataException>(() => CsvTable.Open(file));

        Assert.Equal($"{file}: the file looks like a ZIP archive (an Excel .xlsx workbook is one), not CSV text; save it from its program as CSV (UTF-8)", error.Message);
    }

    [Fact]
    public void CsvTableOpen_Utf16WithByteOrderMark_IsReadAsText()
    {
        var file = TestFiles.WriteBytes("codes.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("code\nX01\n")]);

        using var table = CsvTable.Open(file);

        Assert.Equal("code", table.Columns[0].Name);
    }
}
