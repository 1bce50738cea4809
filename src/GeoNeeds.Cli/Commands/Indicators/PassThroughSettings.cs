using System.ComponentModel;
using GeoNeeds.Engine.Export;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary>
/// The settings of indicator verbs whose output carries the input's own text (area names, extra columns), which a
/// spreadsheet could run as a formula.
/// </summary>
internal class PassThroughSettings : IndicatorSettings
{
    [CommandOption(CsvFormulasOption.Template)]
    [Description(CsvFormulasOption.Description)]
    public CsvFormulas CsvFormulas { get; init; } = CsvFormulas.Neutralise;
}
