using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Engine.Tests.Io.Points;

public class PointFileReaderRealDataTests
{
    [SkippableFact]
    public void Read_TwelveMonthsOfLeicestershirePoliceUk_AccountsForEveryRow()
    {
        // shared/data/README.md: 104,824 rows April 2021 - March 2022, 853 without a location; counted independently
        // with Python's csv module (no row lacks only one coordinate, none is out of range or swapped).
        var files = Directory.GetFiles(SharedData.Require("crime"), "*-leicestershire-street.csv").Order().ToList();
        var account = new InputAccount("incidents");

        var points = files.SelectMany(file => PointFileReader.Read(file, PointColumns.PoliceUk, null, account)).ToList();

        Assert.Equal(12, files.Count);
        Assert.Equal(104_824, account.Read);
        Assert.Equal(853, account.RejectedByReason[RejectionReason.NoLocation]);
        Assert.Equal(853, account.Rejected);
        Assert.Equal(103_971, points.Count);
        // First row of 2021-04 as published: a Barrow-in-Furness bicycle theft far outside the force area.
        Assert.Equal(new PointRecord(2, -3.212251, 54.055278, "2021-04", "Bicycle theft", "E01019187"), points[0]);
    }
}
