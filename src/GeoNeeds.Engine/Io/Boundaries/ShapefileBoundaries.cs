using System.Buffers.Binary;
using System.Text;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;
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
        var encoding = TextEncoding(file, dbf);
        try
        {
            using var shapes = File.OpenRead(file);
            using var attributes = File.OpenRead(dbf);
            using var reader = Shapefile.OpenRead(shapes, attributes, Options(encoding));
            while (reader.Read(out var deleted, out var feature))
            {
                if (!deleted)
                {
                    features.Add(feature);
                }
            }

            var warning = encoding is { DecoderFallback: Windows1252Fallback } ? RecordsWarning(dbf) : null;
            return new BoundarySource(features, stated) { Warnings = warning is null ? [] : [warning] };
        }
        catch (Exception e) when (e is ShapefileException or IOException or ArgumentException)
        {
            throw new InputDataException(file, features.Count + 1, "", $"the shapefile cannot be read at feature {features.Count + 1}: {e.Message}");
        }
    }

    private static ShapefileReaderOptions Options(Encoding? encoding) => new()
    {
        // Rings are assigned to shells by containment rather than by winding alone: files written by some
        // tools wind shells the wrong way, which strict reading would turn into holes without a shell.
        GeometryBuilderMode = GeometryBuilderMode.FixInvalidShapes,
        Encoding = encoding,
    };

    /// <summary>
    /// UTF-8 when a .cpg says so; else <c>null</c>, for the encoding the .dbf header declares; and when that declares
    /// none, UTF-8 with any other bytes read as Windows-1252 (and a warning), as the CSV readers do.
    /// </summary>
    private static Encoding? TextEncoding(string file, string dbf) =>
        Companion(file, ".cpg") is { } cpg && File.ReadAllText(cpg).Replace("-", "", StringComparison.Ordinal).Trim().Equals("UTF8", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8
            : DeclaresNoEncoding(dbf) ? new Windows1252Fallback().Utf8() : null;

    /// <summary>
    /// The not-UTF-8 warning for the .dbf's records (after its header), counted in one decoding pass: the shapefile
    /// reader decodes each value twice (to size it, then to read it), so its own count would be doubled.
    /// </summary>
    private static InputWarning? RecordsWarning(string dbf)
    {
        var bytes = File.ReadAllBytes(dbf);
        var start = bytes.Length >= 10 ? Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)), bytes.Length) : bytes.Length;
        var fallback = new Windows1252Fallback();
        using var reader = new StreamReader(new MemoryStream(bytes, start, bytes.Length - start), fallback.Utf8(), detectEncodingFromByteOrderMarks: false);
        reader.ReadToEnd();
        return fallback.Warning(dbf);
    }

    /// <summary>Whether the .dbf header's language driver byte (offset 29) is 0, naming no code page.</summary>
    private static bool DeclaresNoEncoding(string dbf)
    {
        using var stream = File.OpenRead(dbf);
        Span<byte> header = stackalloc byte[30];
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header[29] == 0;
    }

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
