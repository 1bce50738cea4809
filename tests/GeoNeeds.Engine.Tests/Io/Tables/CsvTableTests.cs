using System.Text;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Tables;

public class CsvTableTests
{
    [Fact]
    public void Rows_QuotedFieldSpansTwoLines_LaterRowsKeepTheirPhysicalLineNumbers()
    {
        var path = TestFiles.Write("t.csv", "code,note\nX1,\"two\nlines\"\nX2,plain\n");

        var rows = ReadAll(path);

        Assert.Equal([(2L, "X1|two\nlines"), (4L, "X2|plain")], rows);
    }

    [Fact]
    public void Rows_BlankLinesAndCrLf_AreSkippedButCountedInLineNumbers()
    {
        var path = TestFiles.Write("t.csv", "code,note\r\nX1,a\r\n\r\nX2,b\r\n");

        Assert.Equal([(2L, "X1|a"), (4L, "X2|b")], ReadAll(path));
    }

    [Fact]
    public void Rows_HeaderOnly_HasNoRows()
    {
        var path = TestFiles.Write("t.csv", "code,note\n");

        Assert.Empty(ReadAll(path));
    }

    [Fact]
    public void Column_NameDiffersInCaseAndPadding_IsFound()
    {
        var path = TestFiles.Write("t.csv", " Code ,NOTE\nX1,a\n");
        using var table = CsvTable.Open(path);

        Assert.Equal(new CsvColumn(1, "NOTE"), table.Column("note"));
        Assert.Equal(new CsvColumn(0, "Code"), table.Column("CODE"));
    }

    [Fact]
    public void Column_Missing_ThrowsAtLineOneNamingTheColumnAndListingTheHeader()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n1,2,3\n");
        using var table = CsvTable.Open(path);

        var error = Assert.Throws<InputDataException>(() => table.Column("X"));

        Assert.Equal($"{path}:1:X: missing column 'X'; the header has: a, b, c", error.Message);
    }

    [Fact]
    public void ColumnNamedAnyOf_NoneOfThem_ListsTheAcceptedNames()
    {
        var path = TestFiles.Write("t.csv", "a,b\n1,2\n");
        using var table = CsvTable.Open(path);

        var error = Assert.Throws<InputDataException>(() => table.ColumnNamedAnyOf("postcode", "pcds", "pcd"));

        Assert.Equal($"{path}:1:pcds: missing postcode column (one of pcds, pcd); the header has: a, b", error.Message);
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", "semicolon", "a;b;c")]
    [InlineData("a\tb\tc\n1\t2\t3\n", "tab", "a\tb\tc")]
    [InlineData("a|b|c\n1|2|3\n", "pipe", "a|b|c")]
    public void Open_HeaderIsOneFieldWithAnotherDelimiter_SaysWhichDelimiterTheFileLooksLike(string content, string delimiter, string header)
    {
        var path = TestFiles.Write("t.csv", content);

        var error = Assert.Throws<InputDataException>(() => CsvTable.Open(path));

        Assert.Equal($"{path}:1: the header is a single column '{header}': the file looks {delimiter}-delimited; GeoNeeds expects commas", error.Message);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)'\r', (byte)'\n', (byte)'\n' })]
    public void Open_NothingButABomOrBlankLines_ThrowsFileIsEmpty(byte[] content)
    {
        var path = TestFiles.WriteBytes("t.csv", content);

        var error = Assert.Throws<InputDataException>(() => CsvTable.Open(path));

        Assert.Equal($"{path}: file is empty", error.Message);
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "absent.csv");

        var error = Assert.Throws<InputDataException>(() => CsvTable.Open(path));

        Assert.Equal($"{path}: file not found", error.Message);
    }

    [Fact]
    public void Open_FolderInsteadOfAFile_ThrowsCannotBeOpened()
    {
        var path = TestFiles.NewFolder();

        var error = Assert.Throws<InputDataException>(() => CsvTable.Open(path));

        Assert.StartsWith($"{path}: file cannot be opened: ", error.Message);
    }

    [Fact]
    public void Open_Utf8Bom_IsNotPartOfTheFirstColumnName()
    {
        var path = TestFiles.WriteBytes("t.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("code,name\nX1,Ynys Môn\n")]);
        using var table = CsvTable.Open(path);

        Assert.Equal(0, table.Column("code").Index);
        Assert.Equal([(2L, "X1|Ynys Môn")], ReadAll(path));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Rows_Utf16WithBom_ReadsTheText(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = TestFiles.WriteBytes("t.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes("code,name\nX1,Ynys Môn\n")]);

        Assert.Equal([(2L, "X1|Ynys Môn")], ReadAll(path));
    }

    [Fact]
    public void Rows_Latin1Bytes_AreReadAsWindows1252AndWarnedAbout()
    {
        // "Ynys Môn" and "café £5" saved by a Windows spreadsheet: ô = 0xF4, é = 0xE9, £ = 0xA3 (not valid UTF-8).
        var bytes = Encoding.Latin1.GetBytes("code,name\nX1,Ynys Môn\nX2,café £5\n");
        var path = TestFiles.WriteBytes("t.csv", bytes);
        var warnings = new List<InputWarning>();

        var rows = ReadAll(path, warnings);

        Assert.Equal([(2L, "X1|Ynys Môn"), (3L, "X2|café £5")], rows);
        var warning = Assert.Single(warnings);
        Assert.Equal(0, warning.Line);
        Assert.StartsWith($"{path}: 3 byte(s) are not valid UTF-8 and were read as Windows-1252", warning.ToString());
    }

    [Fact]
    public void Rows_ValidUtf8_GiveNoWarning()
    {
        var path = TestFiles.Write("t.csv", "code,name\nX1,Ynys Môn\n");
        var warnings = new List<InputWarning>();

        ReadAll(path, warnings);

        Assert.Empty(warnings);
    }

    [Fact]
    public void Rows_WrongFieldCount_IsMalformedAndReadingGoesOn()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n1,2\n4,5,6\n");

        Assert.Equal([(2L, "malformed: the row has 2 fields where 3 are expected"), (3L, "4|5|6")], ReadAll(path));
    }

    [Fact]
    public void Rows_TextAfterClosingQuote_IsMalformed()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n1,\"2\"x,3\n4,5,6\n");

        Assert.Equal([(2L, "malformed: broken quoting: text after the closing quote of a field"), (3L, "4|5|6")], ReadAll(path));
    }

    [Fact]
    public void Rows_UnclosedQuote_OnlyItsLineIsMalformedAndTheLinesAfterAreReadAsRows()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n10,\"x\"y,12\n13,14,15\n");

        var rows = ReadAll(path);

        Assert.Equal(
            [
                (2L, "1|2|3"),
                (3L, "malformed: broken quoting: text after the closing quote of a field"),
                (4L, "7|8|9"),
                (5L, "malformed: broken quoting: text after the closing quote of a field"),
                (6L, "13|14|15"),
            ],
            rows);
    }

    [Fact]
    public void Rows_QuoteNeverClosedToTheEnd_RestOfTheFileIsStillRead()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n4,\"5,6\n7,8,9\n10,11,12");

        Assert.Equal(
            [(2L, "malformed: broken quoting: a quoted field is never closed"), (3L, "7|8|9"), (4L, "10|11|12")],
            ReadAll(path));
    }

    [Fact]
    public void WellFormedRows_MalformedRow_ThrowsAtItsLine()
    {
        var path = TestFiles.Write("t.csv", "a,b,c\n1,2,3\n1,2\n");
        using var table = CsvTable.Open(path);

        var error = Assert.Throws<InputDataException>(() => table.WellFormedRows().ToList());

        Assert.Equal($"{path}:3: the row has 2 fields where 3 are expected", error.Message);
    }

    [Fact]
    public void OpenWithoutHeader_FirstLineIsDataLineOne()
    {
        var path = TestFiles.Write("t.csv", "\"ZZ1 1DD\",10\n\"ZZ1 1DE\",10\n");
        using var table = CsvTable.OpenWithoutHeader(path, ["PC", "PQ"]);

        var rows = table.Rows().Select(row => (row.Line, row[table.Column("pc")])).ToList();

        Assert.Equal([(1L, "ZZ1 1DD"), (2L, "ZZ1 1DE")], rows);
    }

    [Fact]
    public void Number_NotANumber_ThrowsAtLineAndField()
    {
        var path = TestFiles.Write("t.csv", "code,rank\nX1,\"29,199\"\nX2,n/a\n");
        using var table = CsvTable.Open(path);
        var rank = table.Column("rank");
        var rows = table.Rows().ToList();

        Assert.Equal(29_199, rows[0].Number(rank));
        var error = Assert.Throws<InputDataException>(() => rows[1].Number(rank));
        Assert.Equal($"{path}:3:rank: 'n/a' is not a number", error.Message);
    }

    private static List<(long Line, string Text)> ReadAll(string path, ICollection<InputWarning>? warnings = null)
    {
        using var table = CsvTable.Open(path, warnings);
        return table.Rows()
            .Select(row => (row.Line, row.Problem is null
                ? string.Join("|", table.Columns.Select(column => row[column]))
                : $"malformed: {row.Problem}"))
            .ToList();
    }
}
