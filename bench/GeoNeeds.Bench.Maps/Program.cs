using GeoNeeds.Bench.Maps;

// dotnet run --project bench/GeoNeeds.Bench.Maps -c Release [-- --data ../shared/data --out /tmp/geoneeds-bench]
var data = Argument(args, "--data") ?? Path.Combine("..", "shared", "data");
var output = Argument(args, "--out") ?? Path.Combine(Path.GetTempPath(), "geoneeds-bench");
if (!Directory.Exists(Path.Combine(data, "boundaries")))
{
    Console.Error.WriteLine($"Real open data not found in {Path.GetFullPath(data)}; pass --data DIR (the shared/data folder).");
    return 2;
}

Directory.CreateDirectory(output);
NationalMapBenchmark.Run(data, output);
CoventryMaps.Draw(data, output);
return 0;

static string? Argument(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
