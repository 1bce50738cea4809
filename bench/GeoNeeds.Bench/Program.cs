using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Running;
using GeoNeeds.Bench.EndToEnd;
using GeoNeeds.Bench.Generation;

namespace GeoNeeds.Bench;

/// <summary>
/// <c>e2e</c> runs the national benchmark (see README, Performance); <c>generate</c> writes a synthetic points file;
/// <c>run</c> is one measured run (the driver starts it); <c>micro</c> runs the BenchmarkDotNet hot loops.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          e2e [--rows 100000,1000000,10000000] [--data DIR] [--shared DIR] [--seed N] [--markdown FILE] [--baseline-at-largest]
              [--paths cli,engine,baseline] [--cli GEONEEDS.DLL]
          generate --rows N [--months 12] [--data DIR] [--shared DIR] [--seed N]
          run --path engine|baseline --points FILE [--shared DIR] [--out DIR] [--unsuppressed]
          micro [BenchmarkDotNet options, e.g. --filter *]
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 1;
        }

        if (args[0] == "micro")
        {
            // Results go beside the synthetic data rather than into the working copy.
            var artifacts = args.Contains("--artifacts") ? [] : new[] { "--artifacts", Path.Combine(Path.GetTempPath(), "geoneeds-bench", "BenchmarkDotNet.Artifacts") };
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args[1..], .. artifacts]);
            return 0;
        }

        var options = Options(args[1..]);
        var shared = BenchFiles.SharedData(options.GetValueOrDefault("shared"));
        var data = options.GetValueOrDefault("data") ?? Path.Combine(Path.GetTempPath(), "geoneeds-bench");
        var seed = options.TryGetValue("seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : NationalCrimeFile.DefaultSeed;
        switch (args[0])
        {
            case "e2e":
                var rows = (options.GetValueOrDefault("rows") ?? "100000,1000000,10000000").Split(',').Select(r => long.Parse(r, CultureInfo.InvariantCulture)).ToList();
                var paths = (options.GetValueOrDefault("paths") ?? "cli,engine,baseline").Split(',').ToHashSet(StringComparer.Ordinal);
                return ScalingDriver.Run(rows, shared, data, seed, options.GetValueOrDefault("markdown"), options.ContainsKey("baseline-at-largest"), paths, options.GetValueOrDefault("cli"));
            case "generate":
                Console.WriteLine(ScalingDriver.EnsurePoints(shared, data, long.Parse(options["rows"], CultureInfo.InvariantCulture), seed,
                    options.TryGetValue("months", out var months) ? int.Parse(months, CultureInfo.InvariantCulture) : NationalCrimeFile.DefaultMonths));
                return 0;
            case "run":
                var result = NationalRun.Run(options["path"], BenchFiles.In(shared, options["points"]),
                    options.GetValueOrDefault("out") ?? Path.Combine(data, "out-" + options["path"]), options.ContainsKey("unsuppressed"));
                Console.WriteLine(JsonSerializer.Serialize(result));
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 1;
        }
    }

    /// <summary><c>--name value</c> pairs; a flag followed by another option or nothing is present with an empty value.</summary>
    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : "";
        }

        return options;
    }
}
