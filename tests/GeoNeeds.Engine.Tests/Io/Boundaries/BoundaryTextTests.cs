using System.Text;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Tables;
using NetTopologySuite.IO.Esri;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>Boundary files as careless tools leave them: legacy encodings, cut-short gzip, rings that do not close.</summary>
public class BoundaryTextTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Read_GeoJsonWithWindows1252Names_DecodesThemWithAWarning()
    {
        var text = GeoJson(Crs84, ("""{"LAD13CD":"X06000001","LAD13NM":"Ynys Môn"}""", LonLatSquare));
        var file = TestFiles.WriteBytes("lad.geojson", Windows1252.GetBytes(text));

        var warnings = new List<InputWarning>();
        var layer = BoundaryReader.Read(file, warnings: warnings);

        Assert.Equal("Ynys Môn", layer.Areas[0].Name);
        Assert.Equal([$"{file}: 1 byte(s) are not valid UTF-8 and were read as Windows-1252 (Latin-1); save the file as UTF-8 to be sure its text is read as intended"], warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Read_Utf8GeoJson_GivesNoWarning()
    {
        var file = TestFiles.Write("lad.geojson", GeoJson(Crs84, ("""{"LAD13CD":"X06000001","LAD13NM":"Ynys Môn"}""", LonLatSquare)));

        var warnings = new List<InputWarning>();
        BoundaryReader.Read(file, warnings: warnings);

        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_GzipCutShort_SaysTheFileIsTruncated()
    {
        var whole = Gzip(GeoJson(Crs84, [.. Enumerable.Range(1, 50).Select(i => ($"{{\"LSOA11CD\":\"X0100{i:D4}\"}}", (string?)LonLatSquare))]));
        var file = TestFiles.WriteBytes("lsoa.geojson.gz", whole[..(whole.Length / 2)]);

        Assert.Equal($"{file}: the file is truncated or corrupt (not valid gzip to its end); download or compress it again.", ReadError(file));
    }

    [Fact]
    public void Read_UnclosedRing_NamesTheFeatureByNumberAndCode()
    {
        var closed = GeoJsonGeometry(LonLatSquareEast);
        var unclosed = closed.Replace(",[-1.49,52.4]]]", "]]", StringComparison.Ordinal);
        var text = GeoJson(Crs84, ("""{"LSOA11CD":"X01000001"}""", LonLatSquare), ("""{"LSOA11CD":"X01000002"}""", LonLatSquareEast));
        var file = TestFiles.Write("lsoa.geojson", text.Replace(closed, unclosed, StringComparison.Ordinal));

        Assert.NotEqual(closed, unclosed);
        Assert.StartsWith($"{file}:2:geometry: feature 2 (X01000002) has a geometry that cannot be built: ", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DbfInWindows1252WithoutCpg_DecodesNamesWithAWarning()
    {
        var shp = Path.Combine(TestFiles.NewFolder(), "lad.shp");
        Shapefile.WriteAllFeatures([Feature(GridSquare, ("LAD13CD", "X06000001"), ("LAD13NM", "Ynys Môn"))], shp, null);
        var dbf = Path.ChangeExtension(shp, ".dbf");
        File.Delete(Path.ChangeExtension(shp, ".cpg"));
        var bytes = File.ReadAllBytes(dbf);
        bytes[29] = 0; // the language driver byte: no code page declared
        var utf8 = Encoding.UTF8.GetBytes("Môn");
        var at = bytes.AsSpan().IndexOf(utf8);
        Windows1252.GetBytes("Môn ").CopyTo(bytes, at); // same width: the field is padded with spaces
        File.WriteAllBytes(dbf, bytes);

        var warnings = new List<InputWarning>();
        var layer = BoundaryReader.Read(shp, warnings: warnings);

        Assert.Equal("Ynys Môn", layer.Areas[0].Name);
        // The shapefile has no .prj, so the reader also says it took the coordinates' range for grid metres.
        Assert.Equal(
            [$"{dbf}: 1 byte(s) are not valid UTF-8 and were read as Windows-1252 (Latin-1); save the file as UTF-8 to be sure its text is read as intended"],
            warnings.Where(w => w.File == dbf).Select(w => w.ToString()));
        Assert.Equal(2, warnings.Count);
    }
}
