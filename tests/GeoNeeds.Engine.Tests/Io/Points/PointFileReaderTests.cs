using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Tests.Io.Points;

public class PointFileReaderTests
{
    // police.uk's header, with invented rows (X01... codes are not real ONS codes).
    private const string PoliceHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    private static readonly PointColumns Grid = new("easting", "northing", CoordinateSystem.BritishNationalGrid);

    [Fact]
    public void Read_PoliceUkRows_YieldCoordinatesMonthCategoryAndAreaWithTheirLines()
    {
        var path = TestFiles.Write("crime.csv", PoliceHeader
            + "a1,2021-04,Force,Force,-1.133,52.636,On or near X,X01000001,Somewhere 001A,Burglary,Under investigation,\n"
            + "a2,2021-04,Force,Force,-1.140,52.630,\"On or near \"\"Y\"\", Road\",X01000002,Somewhere 001B,Violence and sexual offences,,\n");
        var account = new InputAccount("incidents");

        var points = PointFileReader.Read(path, PointColumns.PoliceUk, null, account).ToList();

        Assert.Equal(
            [
                new PointRecord(2, -1.133, 52.636, "2021-04", "Burglary", "X01000001"),
                new PointRecord(3, -1.140, 52.630, "2021-04", "Violence and sexual offences", "X01000002"),
            ],
            points);
        Assert.Equal(2, account.Read);
        Assert.Equal(0, account.Rejected);
    }

    [Fact]
    public void Read_BothCoordinatesEmpty_RejectsNoLocation()
    {
        var path = TestFiles.Write("crime.csv", PoliceHeader + "a1,2021-04,Force,Force,,,No location,,,Burglary,,\n");
        var account = new InputAccount("incidents");

        Assert.Empty(PointFileReader.Read(path, PointColumns.PoliceUk, null, account));

        var rejection = Assert.Single(account.Rejections);
        Assert.Equal(new Rejection("incidents", path, 2, "", RejectionReason.NoLocation, "Longitude and Latitude are empty"), rejection);
    }

    [Theory]
    [InlineData("abc,52.6", "Longitude", "'abc' is not a finite number")]
    [InlineData("-1.1,NaN", "Latitude", "'NaN' is not a finite number")]
    [InlineData("-1.1,", "Latitude", "value is empty")]
    public void Read_CoordinateNotANumber_RejectsInvalidCoordinateNamingTheColumn(string coordinates, string field, string detail)
    {
        var path = TestFiles.Write("points.csv", "Longitude,Latitude\n" + coordinates + "\n");
        var account = new InputAccount("incidents");

        Assert.Empty(PointFileReader.Read(path, PointColumns.PoliceUk with { Month = null, Category = null, AreaCode = null }, null, account));

        Assert.Equal(new Rejection("incidents", path, 2, field, RejectionReason.InvalidCoordinate, detail), Assert.Single(account.Rejections));
    }

    [Fact]
    public void Read_LatitudeAndLongitudeSwapped_RejectsSayingTheyLookSwapped()
    {
        var rejection = SingleRejection("Longitude,Latitude\n52.636,-1.133\n", PointColumns.PoliceUk with { Month = null, Category = null, AreaCode = null });

        Assert.Equal(RejectionReason.InvalidCoordinate, rejection.Reason);
        Assert.Equal("Longitude/Latitude", rejection.Field);
        Assert.StartsWith("longitude and latitude look swapped", rejection.Detail);
    }

    [Fact]
    public void Read_GridNumbersInLongitudeLatitudeColumns_RejectsSayingTheyLookLikeEastingsNorthings()
    {
        // An invented British National Grid reference (412345, 287654) written into lon/lat columns.
        var rejection = SingleRejection("Longitude,Latitude\n412345,287654\n", PointColumns.PoliceUk with { Month = null, Category = null, AreaCode = null });

        Assert.Equal(RejectionReason.InvalidCoordinate, rejection.Reason);
        Assert.Equal("the values are outside longitude ±180 / latitude ±90 and look like British National Grid eastings/northings; declare the columns as EPSG:27700", rejection.Detail);
    }

    [Fact]
    public void Read_LongitudeLatitudeInGridColumns_RejectsSayingTheyLookLikeLongitudeLatitude()
    {
        var rejection = SingleRejection("easting,northing\n1.2,52.6\n", Grid);

        Assert.Equal("the values look like longitude/latitude, not British National Grid eastings/northings; declare the columns as EPSG:4326", rejection.Detail);
    }

    [Fact]
    public void Read_GridReferenceOutsideTheGrid_RejectsInvalidCoordinate()
    {
        var rejection = SingleRejection("easting,northing\n900000,287654\n", Grid);

        Assert.Equal(RejectionReason.InvalidCoordinate, rejection.Reason);
        Assert.Equal("the values are outside British National Grid eastings 0..800000 / northings 0..1300000", rejection.Detail);
    }

    [Fact]
    public void Read_GridColumns_YieldEastingsAndNorthings()
    {
        var path = TestFiles.Write("points.csv", "easting,northing\n412345,287654\n");

        var point = Assert.Single(PointFileReader.Read(path, Grid, null, new InputAccount("referrals")));

        Assert.Equal(new PointRecord(2, 412_345, 287_654, null, null, null), point);
    }

    [Fact]
    public void Read_WrongFieldCount_RejectsMalformedRowAndReadsOn()
    {
        var path = TestFiles.Write("points.csv", "easting,northing\n412345\n412360,287700\n");
        var account = new InputAccount("referrals");

        var points = PointFileReader.Read(path, Grid, null, account).ToList();

        Assert.Equal(3, Assert.Single(points).Line);
        Assert.Equal(new Rejection("referrals", path, 2, "", RejectionReason.MalformedRow, "the row has 1 fields where 2 are expected"),
            Assert.Single(account.Rejections));
    }

    [Fact]
    public void Read_CategoriesSelected_KeepsMatchingCategoriesIgnoringCaseAndCountsTheRestNotSelected()
    {
        var path = TestFiles.Write("points.csv", "easting,northing,type\n1000,1000,Burglary\n1000,1000, violence and sexual offences \n,,Drugs\n");
        var account = new InputAccount("incidents");
        var selection = new PointSelection { Categories = new HashSet<string> { "Violence and sexual offences" } };

        var points = PointFileReader.Read(path, Grid with { Category = "type" }, selection, account).ToList();

        Assert.Equal(3, Assert.Single(points).Line);
        Assert.Equal(2, account.RejectedByReason[RejectionReason.NotSelected]);
        Assert.Empty(account.Rejections);
    }

    [Fact]
    public void Read_CategoryAndFlagSelected_KeepsOnlyRowsMatchingBoth()
    {
        var path = TestFiles.Write("points.csv",
            "easting,northing,type,DA_FLAG\n1000,1000,Assault,y\n1000,1000,Assault,N\n1000,1000,Theft,Y\n1000,1000,Assault,1\n");
        var account = new InputAccount("incidents");
        var selection = new PointSelection { Categories = new HashSet<string> { "assault" }, FlagColumn = "DA_FLAG" };

        var lines = PointFileReader.Read(path, Grid with { Category = "type" }, selection, account).Select(point => point.Line);

        Assert.Equal([2L, 5L], lines);
        Assert.Equal(2, account.RejectedByReason[RejectionReason.NotSelected]);
    }

    [Fact]
    public void Read_CategoriesSelectedWithoutACategoryColumn_ThrowsArgumentException()
    {
        var selection = new PointSelection { Categories = new HashSet<string> { "Burglary" } };

        Assert.Throws<ArgumentException>(() => PointFileReader.Read("unused.csv", Grid, selection, new InputAccount("incidents")));
    }

    [Fact]
    public void Read_MissingCoordinateColumn_ThrowsListingTheHeader()
    {
        var path = TestFiles.Write("points.csv", "Longitude,Lat\n-1.1,52.6\n");

        var error = Assert.Throws<InputDataException>(() => PointFileReader.Read(path, PointColumns.PoliceUk, null, new InputAccount("incidents")).ToList());

        Assert.Equal($"{path}:1:Latitude: missing column 'Latitude'; the header has: Longitude, Lat", error.Message);
    }

    [Theory]
    [InlineData("2021-04-15", "2021-04")]
    [InlineData("15/04/2021", "2021-04")]
    [InlineData("2021-04-15T13:45:00", "2021-04")]
    [InlineData("15/04/2021 13:45", "2021-04")]
    public void Read_DateInTheMonthColumn_IsReadAsItsMonth(string date, string month)
    {
        var path = TestFiles.Write("points.csv", $"easting,northing,date\n1000,1000,{date}\n");

        var point = Assert.Single(PointFileReader.Read(path, Grid with { Month = "date" }, null, new InputAccount("incidents")));

        Assert.Equal(month, point.Month);
    }

    [Theory]
    [InlineData("2025-13", "'2025-13' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("April 2025", "'April 2025' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("Q1 2021", "'Q1 2021' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("", "date is empty")]
    public void Read_MonthNotOfTheCalendar_RejectsInvalidMonthAtItsField(string month, string detail)
    {
        var rejection = SingleRejection($"easting,northing,date\n1000,1000,{month}\n", Grid with { Month = "date" });

        Assert.Equal((RejectionReason.InvalidMonth, "date", detail), (rejection.Reason, rejection.Field, rejection.Detail));
    }

    private static Rejection SingleRejection(string content, PointColumns columns)
    {
        var account = new InputAccount("incidents");
        Assert.Empty(PointFileReader.Read(TestFiles.Write("points.csv", content), columns, null, account));
        return Assert.Single(account.Rejections);
    }
}
