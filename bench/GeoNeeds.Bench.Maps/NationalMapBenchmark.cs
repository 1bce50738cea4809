using System.Diagnostics;
using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Bench.Maps;

/// <summary>
/// Times the map of all 34,753 LSOAs of England and Wales, coloured by IMD 2019 / WIMD 2019 decile, from the
/// loaded layer to PNG bytes: display-simplified (what <c>ChoroplethMap.Draw</c> does) against every vertex
/// projected and drawn, both measured in the same run. Reading the 29 MB boundary file is timed separately.
/// </summary>
internal static class NationalMapBenchmark
{
    private const int Runs = 3;

    public static void Run(string data, string output)
    {
        var clock = Stopwatch.StartNew();
        var layer = BoundaryReader.Read(Path.Combine(data, "boundaries", "ew_lsoa11_generalised.geojson.gz"), new BoundaryReadOptions { LayerName = "lsoa", CodeField = "LSOA11CD", NameField = "LSOA11NM" });
        var read = clock.Elapsed.TotalSeconds;
        var shading = MapShading.ByDecile(Deciles(data, layer), "IMD 2019 (England), WIMD 2019 (Wales) deciles");
        var options = new MapOptions("Index of Multiple Deprivation 2019 / WIMD 2019, by LSOA", "England and Wales, 34,753 LSOAs (2011)",
            "Contains OS data © Crown copyright and database right 2014. Contains National Statistics data © Crown copyright and database right. GeoJSON and TopoJSON UK Boundary Data by Martin Chorley (github.com/martinjc/UK-GeoJSON). MHCLG English Indices of Deprivation 2019; Welsh Government WIMD 2019 (OGL v3.0).",
            "Decile (1 = most deprived)", Width: 1600, Height: 1800);

        Time(() => ChoroplethMap.Draw(layer, shading, options).Png());   // warm-up: JIT, font loading
        var simplified = Median(() => ChoroplethMap.Draw(layer, shading, options).Png());
        var full = Median(() => ChoroplethMap.Draw(layer, shading, options, simplify: false).Png());
        File.WriteAllBytes(Path.Combine(output, "ew_lsoa_imd_decile.png"), ChoroplethMap.Draw(layer, shading, options).Png());

        var vertices = layer.Areas.Sum(a => a.Geometry.NumPoints);
        Console.WriteLine(FormattableString.Invariant($"England and Wales LSOA map: {layer.Count:N0} polygons, {vertices:N0} vertices, 1600 × 1800 PNG; {Environment.ProcessorCount} cores"));
        Console.WriteLine(FormattableString.Invariant($"  read boundary file (gzip GeoJSON)        {read,6:F2} s (once)"));
        Console.WriteLine(FormattableString.Invariant($"  draw, display-simplified (median of {Runs})  {simplified,6:F2} s"));
        Console.WriteLine(FormattableString.Invariant($"  draw, every vertex (median of {Runs})        {full,6:F2} s"));
        Console.WriteLine(FormattableString.Invariant($"  ratio every-vertex / simplified         {full / simplified,6:F2}"));
        Console.WriteLine($"  wrote {Path.Combine(output, "ew_lsoa_imd_decile.png")}");
    }

    private static Dictionary<string, double?> Deciles(string data, AreaLayer layer)
    {
        var england = DeprivationReader.ReadImd2019(Path.Combine(data, "imd", "File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"));
        var wales = DeprivationReader.ReadWimd2019(Path.Combine(data, "imd", "WIMD19_Wales_lookup.csv"));
        return layer.Areas.ToDictionary(a => a.Code, a => (double?)(england.GetValueOrDefault(a.Code) ?? wales.GetValueOrDefault(a.Code))?.Decile);
    }

    private static double Median(Func<byte[]> draw) => Enumerable.Range(0, Runs).Select(_ => Time(draw)).Order().ElementAt(Runs / 2);

    private static double Time(Func<byte[]> draw)
    {
        var clock = Stopwatch.StartNew();
        var png = draw();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {seconds:F2} s, {png.Length / 1024:N0} KiB"));
        return seconds;
    }
}
