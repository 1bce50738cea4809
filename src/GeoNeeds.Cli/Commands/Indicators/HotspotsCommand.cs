using System.ComponentModel;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Stats.Spatial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary>
/// <c>geoneeds hotspots</c>: Getis-Ord Gi* and local Moran's I per area, and global Moran's I, for one column of a
/// plain CSV table on the queen contiguity of a boundary file's polygons.
/// </summary>
internal sealed class HotspotsCommand : Command<HotspotsCommand.Settings>
{
    private static readonly string[] Header = ["area_code", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"];

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--polygons <FILE>")]
        [Description("Boundary file: GeoJSON, TopoJSON, shapefile or GeoPackage (optionally .gz).")]
        public string Polygons { get; init; } = "";

        [CommandOption("--code-field <NAME>")]
        [Description("Polygon property holding the area code (e.g. LSOA11CD). Default: detected from ONS names.")]
        public string? CodeField { get; init; }

        [CommandOption("--in <FILE>")]
        [Description("CSV with an area_code column and the value column; one row for every polygon.")]
        public string In { get; init; } = "";

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
        [Description("Output CSV: area_code,gi_z,gi_p,moran_i,moran_p,cluster. Default hotspots.csv")]
        public string Out { get; init; } = "hotspots.csv";

        public override ValidationResult Validate()
        {
            if (Polygons.Length == 0 || In.Length == 0 || Value.Length == 0)
            {
                return ValidationResult.Error("--polygons, --in and --value are required.");
            }

            return Permutations < 1 ? ValidationResult.Error("--permutations must be 1 or more (999 is usual).") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var values = AreaValueReader.Read(settings.In, settings.Value);
        var layer = BoundaryReader.Read(settings.Polygons, new BoundaryReadOptions { CodeField = settings.CodeField });
        var result = HotSpotAnalysis.Run(layer, settings.Polygons, values, settings.Permutations, settings.Seed);
        CsvTableWriter.Write(settings.Out, Header, result.Rows.Select(row => new object?[]
        {
            row.Code, row.GiStar.Z, row.GiStar.P, row.LocalMoran.I, row.LocalMoran.PseudoP, row.LocalMoran.Label.Code(),
        }));
        Print(result, values, settings.Out);
        return ExitCode.Success;
    }

    private static void Print(HotSpotResult result, AreaValueTable values, string output)
    {
        var global = result.Global;
        AnsiConsole.MarkupLineInterpolated(
            $"Global Moran's I of {values.ValueColumn} = {global.I:0.####} (expected {global.Expected:G3} without clustering)");
        AnsiConsole.MarkupLineInterpolated(
            $"  normality: z = {global.ZNormality:0.###}, p = {global.PNormality:G3}; permutation: pseudo p = {global.PPermutation:0.####} ({global.Permutations} permutations, seed {global.Seed})");
        AnsiConsole.MarkupLineInterpolated(
            $"  {result.Rows.Count} areas, {result.NeighbourPairs} neighbouring pairs ({result.Contiguity} contiguity, row-standardised weights)");
        var counts = result.ClusterCounts;
        AnsiConsole.MarkupLineInterpolated(
            $"Local Moran clusters at p < {LocalMoran.DefaultSignificance}: HH {counts[ClusterLabel.HighHigh]}, LL {counts[ClusterLabel.LowLow]}, HL {counts[ClusterLabel.HighLow]}, LH {counts[ClusterLabel.LowHigh]}, ns {counts[ClusterLabel.NotSignificant]}");
        foreach (var warning in result.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {Path.GetFullPath(output)}");
    }
}
