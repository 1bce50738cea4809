using FsCheck.Xunit;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class TopoJsonArcsTests
{
    private static readonly TopologyTransform HalfAndQuarter = new() { Scale = [0.5, 0.25], Translate = [-2, 52] };

    /// <summary>
    /// Delta-encoding any grid path and decoding it gives translate + scale × grid position for every position
    /// (exactly: small integers times 0.5 or 0.25 plus −2 or 52 are exact in binary).
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Decode_DeltaEncodedGridPath_GivesTranslatePlusScaleTimesPosition((short X, short Y)[] grid)
    {
        var deltas = new double[grid.Length * 2];
        for (var i = 0; i < grid.Length; i++)
        {
            deltas[2 * i] = grid[i].X - (i == 0 ? 0 : grid[i - 1].X);
            deltas[(2 * i) + 1] = grid[i].Y - (i == 0 ? 0 : grid[i - 1].Y);
        }

        var decoded = TopoJsonArcs.Decode("t.topojson", [new TopologyArc(deltas)], HalfAndQuarter)[0];

        var expected = grid.SelectMany(p => new[] { -2 + (0.5 * p.X), 52 + (0.25 * p.Y) });
        return decoded.SequenceEqual(expected);
    }

    [Fact]
    public void Decode_NoTransform_LeavesPositionsAsTheyAre()
    {
        double[] positions = [-1.5, 52.4, -1.49, 52.41];

        Assert.Same(positions, TopoJsonArcs.Decode("t.topojson", [new TopologyArc(positions)], null)[0]);
    }

    [Fact]
    public void Decode_TransformWithOneScaleValue_Throws()
    {
        var transform = new TopologyTransform { Scale = [0.5], Translate = [-2, 52] };

        var error = Assert.Throws<InputDataException>(() => TopoJsonArcs.Decode("t.topojson", [], transform));

        Assert.Equal("t.topojson: the topology's transform needs two scale and two translate values.", error.Message);
    }
}
