using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;
using NetTopologySuite.Geometries;
using static System.FormattableString;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads a boundary file (GeoJSON, TopoJSON, shapefile or GeoPackage; GeoJSON and TopoJSON optionally gzipped)
/// into an <see cref="AreaLayer"/>: one area per feature, with its code, name and a valid polygonal geometry.
/// </summary>
public static class BoundaryReader
{
    private static readonly string[] JsonExtensions = [".geojson", ".topojson", ".json"];

    /// <summary>Reads every area of <paramref name="path"/>; the format follows the file's extension.</summary>
    /// <remarks>
    /// The coordinate system is, in order: <see cref="BoundaryReadOptions.CoordinateSystem"/>; what the file states
    /// (a GeoJSON <c>crs</c> member, a shapefile <c>.prj</c>, a GeoPackage <c>srs_id</c>); a guess from the range
    /// of the coordinates. A stated system is checked against the range of the coordinates. Invalid polygons are
    /// repaired and listed in <see cref="AreaLayer.Repairs"/>.
    /// </remarks>
    /// <exception cref="InputDataException">
    /// The file is missing, empty or unreadable; a property named in <paramref name="options"/> is absent; a feature
    /// lacks a code, repeats one, is not a polygon or has a vertex no coordinate can be; or the coordinate system
    /// cannot be determined or does not fit the coordinates.
    /// </exception>
    /// <param name="path">The boundary file.</param>
    /// <param name="options">How to read it; <c>null</c> detects everything.</param>
    /// <param name="warnings">Receives what the file was read despite (text that was not UTF-8, a coordinate system taken from the coordinates' range).</param>
    public static AreaLayer Read(string path, BoundaryReadOptions? options = null, ICollection<InputWarning>? warnings = null)
    {
        options ??= new BoundaryReadOptions();
        if (!File.Exists(path))
        {
            throw new InputDataException(path, "the boundary file does not exist.");
        }

        var source = ReadSource(path, options);
        foreach (var warning in source.Warnings)
        {
            warnings?.Add(warning);
        }
        if (source.Features.Count == 0)
        {
            throw new InputDataException(path, "the boundary file holds no features, so there are no areas to read.");
        }

        var fields = AreaFields.Choose(path, source.Features[0].Attributes, options);
        var (areas, repaired) = AreaBuilder.Build(path, source.Features, fields);
        var extent = Extent(areas);
        var stated = options.CoordinateSystem ?? source.StatedCoordinateSystem;
        if (stated is not null)
        {
            StatedRangeCheck.Check(path, stated, byStudy: options.CoordinateSystem is not null, extent);
        }

        var coordinateSystem = stated ?? InferCoordinateSystem(path, extent);
        if (stated is null && !coordinateSystem.IsGeographic)
        {
            // GeoJSON without a crs member is CRS84 by RFC 7946: taking such a file as grid metres is worth a word.
            warnings?.Add(new InputWarning(path, 0, Invariant($"the file states no coordinate system; its coordinates (x {extent.MinX:0.#}..{extent.MaxX:0.#}, y {extent.MinY:0.#}..{extent.MaxY:0.#}) look like British National Grid metres and are read as EPSG:27700")));
        }

        foreach (var area in areas)
        {
            // Readers leave SRIDs as their formats happen to (GeoJSON always says 4326); make them agree with the layer.
            area.Geometry.SRID = coordinateSystem.Epsg;
        }

        return new AreaLayer(options.LayerName, coordinateSystem, areas, repaired);
    }

    /// <summary>Whether <paramref name="path"/> is read as GeoJSON or TopoJSON (gzipped or not), by its extension.</summary>
    internal static bool IsJson(string path) => JsonExtensions.Contains(FormatOf(path).Extension);

    private static (string Extension, bool Compressed) FormatOf(string path)
    {
        var lower = path.ToLowerInvariant();
        var compressed = lower.EndsWith(".gz", StringComparison.Ordinal);
        return (Path.GetExtension(compressed ? lower[..^3] : lower), compressed);
    }

    private static BoundarySource ReadSource(string path, BoundaryReadOptions options)
    {
        var (extension, compressed) = FormatOf(path);
        if (JsonExtensions.Contains(extension))
        {
            return JsonBoundaryFile.Read(path, compressed, options.LayerWithinFile);
        }

        return (extension, compressed) switch
        {
            (".shp", false) => ShapefileBoundaries.Read(path),
            (".gpkg", false) => GeoPackageBoundaries.Read(path, options.LayerWithinFile),
            _ => throw new InputDataException(path, "unrecognised boundary file type: GeoNeeds reads .geojson, .json and .topojson (each optionally gzipped as .gz), .shp and .gpkg."),
        };
    }

    private static Envelope Extent(List<Area> areas)
    {
        var extent = new Envelope();
        foreach (var area in areas)
        {
            extent.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        return extent;
    }

    private static CoordinateSystem InferCoordinateSystem(string path, Envelope extent) =>
        CoordinateSystem.FromRange(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY)
            ?? throw new InputDataException(path, string.Create(CultureInfo.InvariantCulture, $"the coordinate system could not be determined: the file does not state one and its coordinates (x {extent.MinX:R}..{extent.MaxX:R}, y {extent.MinY:R}..{extent.MaxY:R}) fit neither longitude/latitude nor British National Grid metres. State it in the boundary options as EPSG:4326 or EPSG:27700, or reproject the file to one of them."));
}
