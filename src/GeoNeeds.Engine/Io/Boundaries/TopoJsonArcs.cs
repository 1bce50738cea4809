using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// One TopoJSON arc as read: its positions as x, y pairs in one flat array (positions beyond x and y are
/// dropped), so that a national file does not cost an array per position.
/// </summary>
[JsonConverter(typeof(TopologyArcConverter))]
internal sealed class TopologyArc(double[] positions)
{
    /// <summary>x0, y0, x1, y1, …: absolute, or quantized and delta-encoded when the topology has a transform.</summary>
    public double[] Positions { get; } = positions;

    public int Count => Positions.Length / 2;
}

/// <summary>A quantized topology's transform: position = translate + scale × (running sum of the deltas).</summary>
internal sealed class TopologyTransform
{
    public double[] Scale { get; set; } = [];

    public double[] Translate { get; set; } = [];
}

/// <summary>Decodes a topology's arcs to absolute coordinates, as the TopoJSON specification (§2.1.3–2.2) defines.</summary>
internal static class TopoJsonArcs
{
    /// <summary>
    /// Each arc as absolute x, y pairs. With a <paramref name="transform"/>, positions are integers relative to the
    /// previous position of the same arc (the first relative to 0, 0), so x<sub>i</sub> = translate<sub>x</sub> +
    /// scale<sub>x</sub> × (dx<sub>0</sub> + … + dx<sub>i</sub>); without one they are already absolute.
    /// </summary>
    /// <exception cref="InputDataException">The transform does not have two scale and two translate values.</exception>
    public static double[][] Decode(string file, IReadOnlyList<TopologyArc> arcs, TopologyTransform? transform)
    {
        if (transform is null)
        {
            return arcs.Select(a => a.Positions).ToArray();
        }

        if (transform.Scale.Length != 2 || transform.Translate.Length != 2)
        {
            throw new InputDataException(file, "the topology's transform needs two scale and two translate values.");
        }

        var decoded = new double[arcs.Count][];
        for (var a = 0; a < arcs.Count; a++)
        {
            var deltas = arcs[a].Positions;
            var absolute = new double[deltas.Length];
            double x = 0, y = 0;
            for (var i = 0; i < deltas.Length; i += 2)
            {
                x += deltas[i];
                y += deltas[i + 1];
                absolute[i] = transform.Translate[0] + (transform.Scale[0] * x);
                absolute[i + 1] = transform.Translate[1] + (transform.Scale[1] * y);
            }

            decoded[a] = absolute;
        }

        return decoded;
    }
}

/// <summary>Reads an arc, <c>[[x, y], [x, y], …]</c>, straight into a flat array.</summary>
internal sealed class TopologyArcConverter : JsonConverter<TopologyArc>
{
    public override TopologyArc Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an arc");
        var positions = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartArray, "a position");
            var ordinates = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Expect(ref reader, JsonTokenType.Number, "a coordinate");
                if (ordinates++ < 2)
                {
                    positions.Add(reader.GetDouble());
                }
            }

            if (ordinates < 2)
            {
                throw new JsonException("An arc position has fewer than two coordinates.");
            }
        }

        return new TopologyArc([.. positions]);
    }

    public override void Write(Utf8JsonWriter writer, TopologyArc value, JsonSerializerOptions options) =>
        throw new NotSupportedException("GeoNeeds reads TopoJSON; it does not write it.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {what} but found {reader.TokenType}.");
        }
    }
}
