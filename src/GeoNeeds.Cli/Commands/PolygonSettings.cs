using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary>The boundary-file options every verb that reads polygons shares (<c>count-points</c>, <c>hotspots</c>, <c>map</c>).</summary>
internal abstract class PolygonSettings : CommandSettings
{
    [CommandOption("--polygons <FILE>")]
    [Description("Boundary file: GeoJSON, TopoJSON, shapefile or GeoPackage (optionally .gz).")]
    public string Polygons { get; init; } = "";

    [CommandOption("--code-field <NAME>")]
    [Description("Polygon property holding the area code (e.g. LSOA11CD). Default: detected from ONS names.")]
    public string? CodeField { get; init; }
}
