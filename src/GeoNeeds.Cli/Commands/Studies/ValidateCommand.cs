using System.ComponentModel;
using GeoNeeds.Engine.Studies;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Studies;

/// <summary><c>geoneeds validate STUDY.yaml</c>: checks a study file without reading its data.</summary>
internal sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<STUDY>")]
        [Description("The study file (YAML) to check.")]
        public string Study { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (study, problems) = StudyFile.Check(settings.Study);
        if (study is null)
        {
            foreach (var problem in problems)
            {
                System.Console.Error.WriteLine($"error: {problem.Describe(settings.Study)}");
            }

            return ExitCode.InputData;
        }

        var needs = study.Needs is null ? "" : $", needs: {string.Join(", ", NeedsAskedFor(study.Needs))}";
        System.Console.Out.WriteLine($"ok: {settings.Study}: {Count(study.Levels.Count, "level")} ({string.Join(", ", study.Levels.Select(l => l.Name))}), "
            + $"{Count(study.Inputs.Count, "input")}, {Count(study.Indicators.Count, "indicator")}{needs}");
        return ExitCode.Success;
    }

    private static IEnumerable<string> NeedsAskedFor(Engine.Studies.Needs.NeedsDefinition needs) =>
        StudyKeys.Of(typeof(Engine.Studies.Needs.NeedsDefinition))
            .Where(k => k.Property.GetValue(needs) is not (null or false))
            .Select(k => k.Key);

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
