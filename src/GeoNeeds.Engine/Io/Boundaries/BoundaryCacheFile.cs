using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// The binary form of a read boundary layer in <see cref="BoundaryCache"/>: the key it was made for, the coordinate
/// system, every area's code, name, parent and repaired geometry (NetTopologySuite's WKB, read back in parallel into
/// packed coordinate sequences, as the GeoJSON reader builds them), the repairs and the reader's warnings.
/// </summary>
internal static class BoundaryCacheFile
{
    private const string Magic = "GeoNeeds boundary cache";
    private const string End = "end";

    public static void Write(Stream stream, string key, AreaLayer layer, IReadOnlyList<InputWarning> warnings)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(key);
        writer.Write(layer.CoordinateSystem.Epsg);
        writer.Write(layer.CoordinateSystem.Name);
        writer.Write(layer.CoordinateSystem.IsGeographic);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        writer.Write(layer.Count);
        foreach (var area in layer.Areas)
        {
            writer.Write(area.Code);
            writer.Write(area.Name);
            writer.Write(area.Parent is not null);
            writer.Write(area.Parent ?? "");
            var geometry = wkb.Write(area.Geometry);
            writer.Write(geometry.Length);
            writer.Write(geometry);
        }

        writer.Write(layer.Repairs.Count);
        foreach (var repair in layer.Repairs)
        {
            writer.Write(repair.Feature);
            writer.Write(repair.Code);
            writer.Write(repair.Name);
            writer.Write(repair.Problem);
            writer.Write(repair.X);
            writer.Write(repair.Y);
            writer.Write(repair.AreaBefore);
            writer.Write(repair.AreaAfter);
        }

        writer.Write(warnings.Count);
        foreach (var warning in warnings)
        {
            writer.Write(warning.Line);
            writer.Write(warning.Problem);
        }

        writer.Write(End);
    }

    /// <summary>The layer and warnings stored for <paramref name="key"/>, or <c>null</c> when the file holds another key.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete cache file (truncated, damaged, another program's).</exception>
    /// <param name="stream">The cache file.</param>
    /// <param name="key">The key the layer must have been stored under.</param>
    /// <param name="layerName">The name the layer is read under.</param>
    /// <param name="path">The boundary file, named in the warnings.</param>
    public static (AreaLayer Layer, List<InputWarning> Warnings)? Read(Stream stream, string key, string layerName, string path)
    {
        try
        {
            return ReadChecked(stream, key, layerName, path);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new InvalidDataException("not a complete boundary cache file", e);
        }
    }

    /// <summary>What reading a truncated or altered file can throw: short reads, bad lengths or text, WKB that does not parse.</summary>
    private static bool IsDamage(Exception e) =>
        e is EndOfStreamException or IOException or ParseException or ArgumentException or FormatException or OverflowException or InvalidCastException
            or IndexOutOfRangeException or NullReferenceException
        || (e is AggregateException all && all.InnerExceptions.All(IsDamage));

    private static (AreaLayer Layer, List<InputWarning> Warnings)? ReadChecked(Stream stream, string key, string layerName, string path)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a boundary cache file");
        }

        if (reader.ReadString() != key)
        {
            return null;
        }

        var system = new CoordinateSystem(reader.ReadInt32(), reader.ReadString(), reader.ReadBoolean());
        var count = reader.ReadInt32();
        var labels = new (string Code, string Name, string? Parent)[count];
        var geometries = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var (code, name, hasParent, parent) = (reader.ReadString(), reader.ReadString(), reader.ReadBoolean(), reader.ReadString());
            labels[i] = (code, name, hasParent ? parent : null);
            geometries[i] = reader.ReadBytes(reader.ReadInt32());
        }

        var repairs = new AreaRepair[reader.ReadInt32()];
        for (var i = 0; i < repairs.Length; i++)
        {
            repairs[i] = new AreaRepair(reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        }

        var warnings = new List<InputWarning>();
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            warnings.Add(new InputWarning(path, reader.ReadInt64(), reader.ReadString()));
        }

        if (reader.ReadString() != End)
        {
            throw new InvalidDataException("the boundary cache file does not end where it should");
        }

        var services = new NtsGeometryServices(PackedCoordinateSequenceFactory.DoubleFactory, PrecisionModel.Floating.Value, system.Epsg);
        var areas = new Area[count];
        Parallel.For(0, count, () => new WKBReader(services), (i, _, wkb) =>
        {
            var geometry = wkb.Read(geometries[i]);
            geometry.SRID = system.Epsg;
            areas[i] = new Area(labels[i].Code, labels[i].Name, geometry) { Parent = labels[i].Parent };
            return wkb;
        }, _ => { });
        return (new AreaLayer(layerName, system, areas, repairs), warnings);
    }
}
