using System.Text;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads an Esri shapefile: the <c>.shp</c> geometries with the <c>.dbf</c> attributes beside it, the <c>.prj</c>
/// for the coordinate system and the <c>.cpg</c> for the text encoding when present. The companion files are
/// found whatever the case of their extensions (older Esri exports write <c>.SHP</c>, <c>.DBF</c>).
/// </summary>
internal static class ShapefileBoundaries
{
    /// <exception cref="InputDataException">The <c>.dbf</c> is missing, the file is corrupt, or the <c>.prj</c> names an unsupported coordinate system.</exception>
    public static BoundarySource Read(string file)
    {
        var dbf = Companion(file, ".dbf")
            ?? throw new InputDataException(file, "the shapefile has no .dbf beside it, so its areas have no codes; copy the .dbf (and .prj) next to the .shp.");
        var prj = Companion(file, ".prj");
        var stated = prj is null ? null : StatedCoordinateSystem.FromWkt(prj, File.ReadAllText(prj));

        var features = new List<IFeature>();
        try
        {
            using var shapes = File.OpenRead(file);
            using var attributes = File.OpenRead(dbf);
            using var reader = Shapefile.OpenRead(shapes, attributes, Options(file));
            while (reader.Read(out var deleted, out var feature))
            {
                if (!deleted)
                {
                    features.Add(feature);
                }
            }

            return new BoundarySource(features, stated);
        }
        catch (Exception e) when (e is ShapefileException or IOException or ArgumentException)
        {
            throw new InputDataException(file, features.Count + 1, "", $"the shapefile cannot be read at feature {features.Count + 1}: {e.Message}");
        }
    }

    private static ShapefileReaderOptions Options(string file) => new()
    {
        // Rings are assigned to shells by containment rather than by winding alone: files written by some
        // tools wind shells the wrong way, which strict reading would turn into holes without a shell.
        GeometryBuilderMode = GeometryBuilderMode.FixInvalidShapes,

        // Without a .cpg saying UTF-8, the reader takes the encoding the .dbf header declares.
        Encoding = Companion(file, ".cpg") is { } cpg && File.ReadAllText(cpg).Replace("-", "", StringComparison.Ordinal).Trim().Equals("UTF8", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8
            : null,
    };

    /// <summary>The file beside <paramref name="file"/> with the same name and <paramref name="extension"/> in any case.</summary>
    private static string? Companion(string file, string extension)
    {
        var exact = Path.ChangeExtension(file, extension);
        if (File.Exists(exact))
        {
            return exact;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var wanted = Path.GetFileName(exact);
        return Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
