using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Studies;

/// <summary><c>geoneeds schema [--out FILE]</c>: the JSON Schema of study files.</summary>
internal sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Write the schema to FILE (atomically) instead of standard output.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out);
        var schema = StudySchema.Text();
        if (settings.Out is null or "-")
        {
            System.Console.Out.Write(schema);
        }
        else
        {
            AtomicFile.WriteAllText(settings.Out, schema);
            System.Console.Error.WriteLine($"Wrote the study file schema to {settings.Out}");
        }

        return ExitCode.Success;
    }
}
