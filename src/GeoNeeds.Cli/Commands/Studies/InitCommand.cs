using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Studies;

/// <summary><c>geoneeds init [FILE]</c>: writes a commented starter study and the schema editors check it with.</summary>
internal sealed class InitCommand : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("The study file to write. Default: study.yaml. An existing file is never overwritten.")]
        public string File { get; init; } = "study.yaml";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (Path.Exists(settings.File))
        {
            throw new InputDataException(settings.File, "already exists; init never overwrites a file: give another name or remove it");
        }

        OutputGuard.File("FILE", settings.File);
        var folder = Path.GetDirectoryName(Path.GetFullPath(settings.File))!;
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, StarterStudy.SchemaFileName), StudySchema.Text());
        AtomicFile.WriteAllText(settings.File, StarterStudy.Text());
        System.Console.Out.WriteLine($"Wrote {settings.File} (a commented starter study) and {StarterStudy.SchemaFileName} beside it.");
        System.Console.Out.WriteLine($"Edit it, then: geoneeds validate {settings.File} && geoneeds assess {settings.File}");
        return ExitCode.Success;
    }
}
