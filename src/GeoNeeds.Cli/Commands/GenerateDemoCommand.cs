using System.ComponentModel;
using GeoNeeds.Engine.Export;
using GeoNeeds.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary><c>geoneeds generate-demo</c>: writes the synthetic town's inputs and the demo study file.</summary>
internal sealed class GenerateDemoCommand : Command<GenerateDemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder to write the synthetic inputs to. Default: data")]
        public string Out { get; init; } = "data";

        [CommandOption("--seed <N>")]
        [Description("Random seed. The committed demo data use the default; another seed gives another town.")]
        public int Seed { get; init; } = DemoTown.DefaultSeed;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputTarget.CheckFolder("--out", settings.Out, []);
        Generate(settings.Out, settings.Seed);
        AnsiConsole.MarkupLineInterpolated($"Wrote the synthetic demo town (seed {settings.Seed}) to {Path.GetFullPath(settings.Out)}");
        return ExitCode.Success;
    }

    public static void Generate(string folder, int seed = DemoTown.DefaultSeed) => DemoTown.Generate(folder, seed);
}
