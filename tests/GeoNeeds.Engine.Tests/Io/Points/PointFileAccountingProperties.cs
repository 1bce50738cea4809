using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Engine.Tests.Io.Points;

public class PointFileAccountingProperties
{
    // Each line is one data row: located, unlocated, unparseable, out of range, swapped, unselected or malformed.
    private static readonly string[] RowLines =
    [
        "-1.13,52.63,Assault", "-1.5,52.4,assault", ",,Assault", "abc,52.6,Assault", "NaN,52.6,Assault",
        "52.63,-1.13,Assault", "412345,287654,Assault", "-1.13,52.63,Theft", "-1.13,52.63", "-1.13,52.63,Assault,extra",
        "-1.13,\"52.63\"x,Assault", "-1.13,\"52.63,Assault", "\"-1.13\",\"52.63\",\"Assault\"",
    ];

    [Property(MaxTest = 60)]
    public Property Read_AnyMixOfRows_EveryLineIsReadOnceAndIsYieldedOrRejected() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(RowLines)).ToArbitrary(), lines =>
        {
            var path = TestFiles.Write("points.csv", "Longitude,Latitude,type\n" + string.Join("\n", lines));
            var account = new InputAccount("incidents");
            var columns = new PointColumns("Longitude", "Latitude", CoordinateSystem.Wgs84) { Category = "type" };
            var selection = new PointSelection { Categories = new HashSet<string> { "Assault" } };

            var yielded = PointFileReader.Read(path, columns, selection, account).Count();

            return account.Read == lines.Count && account.Read == yielded + account.Rejected;
        });
}
