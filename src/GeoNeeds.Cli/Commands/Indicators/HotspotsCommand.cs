using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats.Spatial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary>
/// <c>geoneeds hotspots</c>: Getis-Ord Gi* and local Moran's I per area, and global Moran's I, for one column of a
/// plain CSV table (a file or standard input) on the queen contiguity of a boundary file's polygons.
/// </summary>
internal sealed class HotspotsCommand : Command<HotspotsCommand.Settings>
{
    public sealed class Settings : PolygonSettings
    {
        [CommandOption("-i|--in <FILE>")]
        [Description("CSV with an area_code column and the value column; one row for every polygon. Default (or -): standard input.")]
        public string? In { get; init; }

        [CommandOption("--value <COL>")]
        [Description("Column of --in holding the values (e.g. a rate per 1,000).")]
        public string Value { get; init; } = "";

        [CommandOption("--permutations <N>")]
        [Description("Permutations for the pseudo p-values of Moran's I. Default 999.")]
        public int Permutations { get; init; } = PermutationTest.DefaultPermutations;

        [CommandOption("--seed <N>")]
        [Description("Seed of the permutations; the same seed gives the same p-values. Default 20261127.")]
        public int Seed { get; init; } = PermutationTest.DefaultSeed;

        [CommandOption("-o|--out <FILE>")]
        [Description("Output CSV: area_code,gi_z,gi_p,moran_i,moran_p,cluster, then the other input columns. Default (or -): standard output.")]
        public string? Out { get; init; }

        [CommandOption(CsvFormulasOption.Template)]
        [Description(CsvFormulasOption.Description)]
        public CsvFormulas CsvFormulas { get; init; } = CsvFormulas.Neutralise;

        public override ValidationResult Validate()
        {
            if (Polygons.Length == 0 || Value.Length == 0)
            {
                return ValidationResult.Error("--polygons and --value are required.");
            }

            return Permutations < 1 ? ValidationResult.Error("--permutations must be 1 or more (999 is usual).") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In, settings.Polygons);
        var warnings = new List<InputWarning>();
        var table = HotSpotTable.Read(IndicatorFiles.Input(settings.In), settings.Value, warnings);
        var values = HotSpotTable.Values(table, settings.Value);
        var layer = BoundaryReader.Read(settings.Polygons, new BoundaryReadOptions { CodeField = settings.CodeField }, warnings);

        var result = HotSpotAnalysis.Run(layer, settings.Polygons, values, settings.Permutations, settings.Seed);
        IndicatorFiles.Output(settings.Out, path => HotSpotTable.Write(path, table, result, settings.CsvFormulas));
        var toStandardOutput = IndicatorFiles.ToStandardOutput(settings.Out);
        foreach (var line in Summary(result, values.ValueColumn))
        {
            // With the CSV on standard output, the summary goes to standard error so the pipe stays clean CSV.
            if (toStandardOutput)
            {
                IndicatorFiles.Note(line);
            }
            else
            {
                AnsiConsole.WriteLine(line);
            }
        }

        if (!toStandardOutput)
        {
            AnsiConsole.WriteLine($"Wrote {Path.GetFullPath(settings.Out!)}");
        }

        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }

    private static IEnumerable<string> Summary(HotSpotResult result, string valueColumn)
    {
        var global = result.Global;
        yield return FormattableString.Invariant($"Global Moran's I of {valueColumn} = {global.I:0.####} (expected {global.Expected:G3} without clustering)");
        yield return FormattableString.Invariant(
            $"  normality: z = {global.ZNormality:0.###}, p = {global.PNormality:G3}; permutation: pseudo p = {global.PPermutation:0.####} ({global.Permutations} permutations, seed {global.Seed})");
        yield return FormattableString.Invariant($"  {result.Rows.Count} areas, {result.NeighbourPairs} neighbouring pairs ({result.Contiguity} contiguity, row-standardised weights)");
        var counts = result.ClusterCounts;
        yield return FormattableString.Invariant(
            $"Local Moran clusters at p < {LocalMoran.DefaultSignificance}: HH {counts[ClusterLabel.HighHigh]}, LL {counts[ClusterLabel.LowLow]}, HL {counts[ClusterLabel.HighLow]}, LH {counts[ClusterLabel.LowHigh]}, ns {counts[ClusterLabel.NotSignificant]}");
        foreach (var warning in result.Warnings)
        {
            yield return $"warning: {warning}";
        }
    }
}
