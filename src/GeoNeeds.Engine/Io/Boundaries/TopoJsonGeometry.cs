using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Assembles the areas of one TopoJSON object from the topology's decoded arcs: a ring is its arcs joined end
/// to start (the shared point kept once), a negative index ~i (−i − 1) meaning arc i walked backwards.
/// </summary>
internal static class TopoJsonGeometry
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>
    /// One feature per Polygon or MultiPolygon of <paramref name="root"/>; a GeometryCollection contributes its
    /// members in order, so feature numbers follow the order of the file.
    /// </summary>
    /// <exception cref="InputDataException">A member is not polygonal, refers to a missing arc, or has a broken ring.</exception>
    public static List<IFeature> Features(string file, TopologyObject root, double[][] arcs)
    {
        var members = new List<TopologyObject>();
        Flatten(root, members);
        var features = new List<IFeature>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            IAttributesTable attributes = member.Properties.ValueKind == JsonValueKind.Object
                ? new JsonElementAttributesTable(member.Properties)
                : new AttributesTable();
            features.Add(new Feature(Geometry(file, i + 1, member, arcs), attributes));
        }

        return features;
    }

    private static void Flatten(TopologyObject item, List<TopologyObject> members)
    {
        if (item.Type != "GeometryCollection")
        {
            members.Add(item);
            return;
        }

        foreach (var member in item.Geometries ?? [])
        {
            Flatten(member, members);
        }
    }

    private static Geometry Geometry(string file, int number, TopologyObject item, double[][] arcs) => item.Type switch
    {
        "Polygon" => Polygon(file, number, item.Arcs, arcs),
        "MultiPolygon" => Factory.CreateMultiPolygon(Elements(file, number, item.Arcs).Select(p => Polygon(file, number, p, arcs)).ToArray()),
        _ => throw AreaBuilder.NotPolygonal(file, number, item.Type is null ? null : "TopoJSON " + item.Type),
    };

    private static Polygon Polygon(string file, int number, JsonElement rings, double[][] arcs)
    {
        var built = Elements(file, number, rings).Select(r => Ring(file, number, r, arcs)).ToArray();
        return built.Length == 0 ? Factory.CreatePolygon() : Factory.CreatePolygon(built[0], built[1..]);
    }

    private static LinearRing Ring(string file, int number, JsonElement ringArcs, double[][] arcs)
    {
        var indexes = Elements(file, number, ringArcs).Select(e => ArcIndex(file, number, e, arcs)).ToArray();
        var positions = 1 + indexes.Sum(i => (arcs[Arc(i)].Length / 2) - 1);
        var packed = new double[positions * 2];
        var at = 0;
        for (var a = 0; a < indexes.Length; a++)
        {
            var arc = arcs[Arc(indexes[a])];
            var count = arc.Length / 2;
            for (var k = a == 0 ? 0 : 1; k < count; k++)
            {
                var source = indexes[a] >= 0 ? k : count - 1 - k;
                packed[at++] = arc[2 * source];
                packed[at++] = arc[(2 * source) + 1];
            }
        }

        try
        {
            return Factory.CreateLinearRing(new PackedDoubleCoordinateSequence(packed, 2, 0));
        }
        catch (ArgumentException e)
        {
            throw new InputDataException(file, number, "arcs", $"feature {number} has a ring that is not closed or has fewer than four positions: {e.Message}");
        }
    }

    private static int Arc(int index) => index >= 0 ? index : ~index;

    private static int ArcIndex(string file, int number, JsonElement element, double[][] arcs)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var index) || Arc(index) >= arcs.Length)
        {
            throw new InputDataException(file, number, "arcs", $"feature {number} refers to arc {element.GetRawText()}, but the topology has arcs 0 to {arcs.Length - 1}.");
        }

        return arcs[Arc(index)].Length >= 4
            ? index
            : throw new InputDataException(file, number, "arcs", $"feature {number} uses arc {Arc(index)}, which has fewer than two positions.");
    }

    private static IEnumerable<JsonElement> Elements(string file, int number, JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new InputDataException(file, number, "arcs", $"feature {number} has arcs that are not an array of arc indexes.");
}
