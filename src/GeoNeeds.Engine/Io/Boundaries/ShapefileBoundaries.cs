using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>Reads an Esri shapefile (<c>.shp</c> with its <c>.dbf</c> attributes and, if present, <c>.prj</c>).</summary>
internal static class ShapefileBoundaries
{
    // Rings are assigned to shells by containment rather than by their winding alone: files written by
    // some tools wind shells the wrong way, which strict reading would turn into holes without a shell.
    private static readonly ShapefileReaderOptions Options = new() { GeometryBuilderMode = GeometryBuilderMode.FixInvalidShapes };

    /// <exception cref="InputDataException">The <c>.dbf</c> is missing, the file is corrupt, or the <c>.prj</c> names an unsupported coordinate system.</exception>
    public static BoundarySource Read(string file)
    {
        if (!File.Exists(Path.ChangeExtension(file, ".dbf")))
        {
            throw new InputDataException(file, "the shapefile has no .dbf beside it, so its areas have no codes; copy the .dbf (and .prj) next to the .shp.");
        }

        var features = new List<IFeature>();
        try
        {
            using var reader = Shapefile.OpenRead(file, Options);
            while (reader.Read(out var deleted, out var feature))
            {
                if (!deleted)
                {
                    features.Add(feature);
                }
            }

            return new BoundarySource(features, Stated(file, reader.Projection));
        }
        catch (Exception e) when (e is ShapefileException or IOException or ArgumentException)
        {
            throw new InputDataException(file, features.Count + 1, "", $"the shapefile cannot be read at feature {features.Count + 1}: {e.Message}");
        }
    }

    private static CoordinateSystem? Stated(string file, string? prj) =>
        string.IsNullOrWhiteSpace(prj) ? null : StatedCoordinateSystem.FromWkt(Path.ChangeExtension(file, ".prj"), prj);
}
