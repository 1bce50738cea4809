using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

/// <summary>
/// <see cref="PointJoiner.JoinFile"/> (batches, Sep, every core) must give exactly what reading row by row with
/// <see cref="PointFileReader"/> and joining with <see cref="PointJoiner.Join"/> gives: the same account, rejections
/// in the same order, warnings, counts and agreement.
/// </summary>
public class PointFileJoinTests
{
    private const string Header = "x,y,month,category,code,note";

    private static readonly PointColumns Columns = new("x", "y", CoordinateSystem.BritishNationalGrid) { Month = "month", Category = "category", AreaCode = "code" };

    // Two invented 10 m squares on the British grid sharing the edge x = 400010: A on the left, B on the right.
    private static readonly AreaLayer Squares = Layers.FromWkt("lsoa",
        ("A", "POLYGON ((400000 300000, 400010 300000, 400010 300010, 400000 300010, 400000 300000))"),
        ("B", "POLYGON ((400010 300000, 400020 300000, 400020 300010, 400010 300010, 400010 300000))"));

    private static readonly string[] Months = ["2021-04", "2021-04-15", "15/05/2021", "April", "2021-13-40", ""];
    private static readonly string[] Categories = ["Keep", "keep ", "Other", ""];
    private static readonly string[] Codes = ["A", "B", "Z", ""];

    [Property(MaxTest = 150)]
    public bool JoinFile_AnyRows_GivesWhatTheRowByRowJoinGives((byte Kind, sbyte Dx, sbyte Dy, byte Month, byte Category, byte Code)[] rows, bool select)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(Row(row)).Append('\n');
        }

        return SameResults(TestFiles.Write("points.csv", text.ToString()), select);
    }

    [Fact]
    public void JoinFile_RowsOverSeveralBatches_GivesWhatTheRowByRowJoinGives()
    {
        var random = new Random(7);
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 30_000; i++)
        {
            text.Append(Row(((byte)random.Next(3), (sbyte)random.Next(-10, 30), (sbyte)random.Next(-5, 15), (byte)random.Next(6), (byte)random.Next(4), (byte)random.Next(4)))).Append('\n');
        }

        Assert.True(SameResults(TestFiles.Write("points.csv", text.ToString()), select: false));
    }

    // Every row well formed, so no row hands the file to the row-by-row reader: the batches count every row,
    // among them rows without a category or a month.
    [Fact]
    public void JoinFile_WellFormedRowsSomeWithoutCategoryOrMonth_GivesWhatTheRowByRowJoinGives()
    {
        var random = new Random(11);
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 70_000; i++)
        {
            text.Append(Row((7, (sbyte)random.Next(-10, 30), (sbyte)random.Next(-5, 15), (byte)random.Next(6), (byte)random.Next(4), (byte)random.Next(4)))).Append('\n');
        }

        Assert.True(SameResults(TestFiles.Write("points.csv", text.ToString()), select: false));
    }

    [Fact]
    public void JoinFile_QuotedRowAfterPlainRows_HandsOverAndCountsEveryRowOnce()
    {
        var file = TestFiles.Write("points.csv", Header + "\n400005,300005,2021-04,Keep,A,\n400015,300005,2021-04,Keep,B,\"On or near, Street\"\n400005,300005,2021-05,Keep,A,\n");
        var account = new InputAccount("incidents");
        var counts = new EventCounts();

        new PointJoiner(new AreaLocator(Squares)).JoinFile(file, Columns, null, account, counts);

        Assert.Equal(3, account.Read);
        Assert.Equal(3, account.Matched);
        Assert.Equal(2, counts.InArea("A"));
        Assert.Equal(1, counts.InArea("B"));
    }

    private static string Row((byte Kind, sbyte Dx, sbyte Dy, byte Month, byte Category, byte Code) row)
    {
        var (x, y) = (400000 + row.Dx, 300000 + row.Dy);
        var month = Months[row.Month % Months.Length];
        var category = Categories[row.Category % Categories.Length];
        var code = Codes[row.Code % Codes.Length];
        return (row.Kind % 10) switch
        {
            0 => ",,",
            1 => string.Create(CultureInfo.InvariantCulture, $"{x}.5,{y},{month},{category},{code},"),
            2 => "abc," + y.ToString(CultureInfo.InvariantCulture) + $",{month},{category},{code},",
            3 => string.Create(CultureInfo.InvariantCulture, $"{x},{y},{month},{category},{code},\"On or near, Street\""),
            4 => string.Create(CultureInfo.InvariantCulture, $"{x},{y},{month},{category}"),
            5 => "",
            6 => string.Create(CultureInfo.InvariantCulture, $" {x} , {y} ,{month},{category},{code},"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{x},{y},{month},{category},{code},"),
        };
    }

    private static bool SameResults(string file, bool select)
    {
        var selection = select ? new PointSelection { Categories = new HashSet<string>(["Keep"]) } : null;
        var locator = new AreaLocator(Squares);

        var (rowAccount, rowCounts, rowWarnings) = (new InputAccount("incidents"), new EventCounts(), new List<InputWarning>());
        var rowJoiner = new PointJoiner(locator);
        var rows = PointFileReader.Read(file, Columns, selection, rowAccount, rowWarnings).Select(p => p with { Month = MonthText.Period(p.Month) });
        rowJoiner.Join(rows, new PointSource("incidents", file, Columns.CoordinateSystem), rowAccount, rowCounts);

        var (fileAccount, fileCounts, fileWarnings) = (new InputAccount("incidents"), new EventCounts(), new List<InputWarning>());
        var fileJoiner = new PointJoiner(locator);
        fileJoiner.JoinFile(file, Columns, selection, fileAccount, fileCounts, fileWarnings);

        Assert.Equal(rowAccount.Read, fileAccount.Read);
        Assert.Equal(rowAccount.Matched, fileAccount.Matched);
        Assert.Equal(rowAccount.RejectedByReason, fileAccount.RejectedByReason);
        Assert.Equal(rowAccount.Rejections, fileAccount.Rejections);
        Assert.Equal(rowWarnings, fileWarnings);
        Assert.Equal(rowCounts.Cells, fileCounts.Cells);
        Assert.Equal((rowJoiner.Agreement.Compared, rowJoiner.Agreement.Agreed, rowJoiner.Agreement.CountAgreement),
            (fileJoiner.Agreement.Compared, fileJoiner.Agreement.Agreed, fileJoiner.Agreement.CountAgreement));
        return true;
    }
}
