using BenchmarkDotNet.Attributes;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// Locating 100,000 points among the 34,753 national LSOAs: GeoNeeds' <see cref="AreaLocator"/> (flat grid and edge
/// arrays) against the NetTopologySuite way it replaced (STRtree of envelopes, an <see cref="IndexedPointInAreaLocator"/>
/// per area). One operation is the whole 100,000 points.
/// </summary>
[MemoryDiagnoser]
public class PointLocationBenchmarks
{
    private (double X, double Y)[] _points = [];
    private AreaLocator _locator = null!;
    private STRtree<int> _tree = null!;
    private IndexedPointInAreaLocator[] _areaLocators = [];

    [GlobalSetup]
    public void Setup()
    {
        var lsoas = NationalInputs.Lsoas;
        _locator = new AreaLocator(lsoas);
        _tree = new STRtree<int>();
        for (var i = 0; i < lsoas.Count; i++)
        {
            _tree.Insert(lsoas.Areas[i].Geometry.EnvelopeInternal, i);
        }

        _tree.Build();
        _areaLocators = [.. lsoas.Areas.Select(a => new IndexedPointInAreaLocator(a.Geometry))];
        _points = [.. File.ReadLines(NationalInputs.Points).Skip(1).Select(line => line.Split(','))
            .Where(f => f[4].Length > 0).Select(f => (double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [Benchmark(Baseline = true)]
    public int StrTreeAndIndexedLocators()
    {
        var found = 0;
        foreach (var (x, y) in _points)
        {
            var point = new Coordinate(x, y);
            foreach (var i in _tree.Query(new Envelope(point)))
            {
                if (_areaLocators[i].Locate(point) != Location.Exterior)
                {
                    found++;
                    break;
                }
            }
        }

        return found;
    }

    [Benchmark]
    public int AreaLocatorGrid()
    {
        var found = 0;
        foreach (var (x, y) in _points)
        {
            found += _locator.LocateIndex(x, y) >= 0 ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int AreaLocatorGridBothCores()
    {
        var found = 0;
        Parallel.For(0, _points.Length, () => 0, (i, _, local) => local + (_locator.LocateIndex(_points[i].X, _points[i].Y) >= 0 ? 1 : 0),
            local => Interlocked.Add(ref found, local));
        return found;
    }

    [Benchmark]
    public AreaLocator BuildIndex() => new(NationalInputs.Lsoas);
}
