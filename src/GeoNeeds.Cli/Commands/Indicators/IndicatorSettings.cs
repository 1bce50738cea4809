using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary>The input and output every plain-CSV indicator verb takes: files, or standard input and output.</summary>
internal class IndicatorSettings : CommandSettings
{
    [CommandOption("-i|--in <FILE>")]
    [Description("Input CSV. Default (or -): standard input.")]
    public string? In { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Output CSV, written atomically. Default (or -): standard output.")]
    public string? Out { get; init; }
}
