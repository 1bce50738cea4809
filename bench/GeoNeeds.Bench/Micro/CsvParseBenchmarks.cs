using BenchmarkDotNet.Attributes;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// Reading the located rows of a 100,000-row police.uk file: the row-by-row reader (CsvHelper, a string per field,
/// a record per row) against the batch reader (Sep, values numbered, nothing allocated per row). One operation is
/// the whole file.
/// </summary>
[MemoryDiagnoser]
public class CsvParseBenchmarks
{
    private string _points = "";

    [GlobalSetup]
    public void Setup() => _points = NationalInputs.Points;

    [Benchmark(Baseline = true)]
    public long PointFileReaderCsvHelper()
    {
        long rows = 0;
        foreach (var _ in PointFileReader.Read(_points, PointColumns.PoliceUk, null, new InputAccount("points")))
        {
            rows++;
        }

        return rows;
    }

    [Benchmark]
    public long PointBatchReaderSep()
    {
        long rows = 0;
        using var reader = PointBatchReader.Open(_points, PointColumns.PoliceUk, null, null);
        var batch = new PointBatch(8192);
        while (reader.Fill(batch))
        {
            rows += batch.Count;
        }

        return rows;
    }
}
