using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Fuzz;

/// <summary>
/// Reads a point file both ways the engine does (row by row, and in batches joined on every core) and holds each to
/// the run's accounting: every row read is yielded, matched or rejected. A broken balance is a silently wrong
/// count, so it is a finding like a crash.
/// </summary>
internal static class PointFileCheck
{
    // One area covering Great Britain, in British National Grid metres; point files in longitude/latitude are reprojected to it.
    private static readonly AreaLocator GreatBritain = new(new AreaLayer("areas", CoordinateSystem.BritishNationalGrid,
        [new Area("E01000001", "Great Britain", new GeometryFactory().ToGeometry(new Envelope(0, 700_000, 0, 1_300_000)))]));

    public static void Read(string path, PointColumns columns, PointSelection selection)
    {
        var rows = new InputAccount("rows");
        var yielded = PointFileReader.Read(path, columns, selection, rows, []).LongCount();
        Require(rows.Read == yielded + rows.Rejected, $"row by row: read {rows.Read} ≠ yielded {yielded} + rejected {rows.Rejected}");

        var joined = new InputAccount("joined");
        new PointJoiner(GreatBritain).JoinFile(path, columns, selection, joined, new EventCounts(), []);
        Require(joined.Balances, $"joined: read {joined.Read} ≠ matched {joined.Matched} + rejected {joined.Rejected}");
        Require(joined.Read == rows.Read, $"joined read {joined.Read} rows, row by row {rows.Read}");
    }

    private static void Require(bool holds, string broken)
    {
        if (!holds)
        {
            throw new InvalidOperationException("accounting broken: " + broken);
        }
    }
}
