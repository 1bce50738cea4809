using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary>
/// <c>geoneeds postcode-areas</c>: postcode unit, sector or district polygons derived from a postcode lookup's
/// points and a clip layer, written as GeoJSON with a CSV of the same rows beside it.
/// </summary>
internal sealed class PostcodeAreasCommand : Command<PostcodeAreasCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--postcodes <FILE>")]
        [Description("Postcode lookup with coordinates: OS Code-Point Open (no header) or an ONSPD/NSPL-style CSV. Repeat to merge several (earlier files win, later ones fill gaps).")]
        public string[] Postcodes { get; init; } = [];

        [CommandOption("--clip <FILE>")]
        [Description("Boundaries the polygons are cut to (LSOAs or an authority): GeoJSON, TopoJSON, shapefile or GeoPackage. Postcodes outside it are left out.")]
        public string Clip { get; init; } = "";

        [CommandOption("--clip-code-field <NAME>")]
        [Description("Property of --clip holding the area code (e.g. LSOA11CD). Default: detected from ONS names.")]
        public string? ClipCodeField { get; init; }

        [CommandOption("--level <LEVEL>")]
        [Description("unit (one polygon per postcode), sector (CV1 1) or district (CV1). Default district.")]
        public string Level { get; init; } = "district";

        [CommandOption("--population <FILE>")]
        [Description("Population of the clip areas (MHCLG IoD 2019 File_6), shared among their postcodes by count when the lookup has no population column.")]
        public string? Population { get; init; }

        [CommandOption("--include-terminated")]
        [Description("Keep postcodes the lookup marks terminated (doterm); they are left out by default.")]
        public bool IncludeTerminated { get; init; }

        [CommandOption("-o|--out <FILE>")]
        [Description("Output GeoJSON (WGS 84). The same rows go to <FILE> with the extension .csv: area_code, area_name, postcodes, population.")]
        public string Out { get; init; } = "postcode-areas.geojson";

        [CommandOption(CsvFormulasOption.Template)]
        [Description(CsvFormulasOption.Description)]
        public CsvFormulas CsvFormulas { get; init; } = CsvFormulas.Neutralise;

        public override ValidationResult Validate()
        {
            if (Postcodes.Length == 0 || Clip.Length == 0)
            {
                return ValidationResult.Error("--postcodes and --clip are required.");
            }

            return LevelOf(Level) is null ? ValidationResult.Error($"--level must be unit, sector or district, not '{Level}'.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var table = Path.ChangeExtension(settings.Out, ".csv");
        string?[] inputs = [.. settings.Postcodes, settings.Clip, settings.Population];
        OutputGuard.File("--out", settings.Out, inputs);
        OutputGuard.File("--out", table, inputs);

        var warnings = new List<InputWarning>();
        var lookup = PostcodeLookup.Merge(settings.Postcodes.Select(PostcodeLookupReader.Read));
        var clip = BoundaryReader.Read(settings.Clip, new BoundaryReadOptions { CodeField = settings.ClipCodeField }, warnings);
        var population = settings.Population is null ? null : PopulationReader.ReadIod2019Totals(settings.Population, warnings);
        foreach (var warning in lookup.Warnings.Concat(warnings).Take(20))
        {
            System.Console.Error.WriteLine($"warning: {warning}");
        }

        var level = LevelOf(settings.Level)!.Value;
        var built = PostcodeGeography.Build(lookup, clip, level, population, settings.IncludeTerminated);
        GeoJsonAreaWriter.Write(settings.Out, built.Features());
        CsvTableWriter.Write(table, PostcodeGeography.Columns, built.Rows(), settings.CsvFormulas);
        Report(settings, built, table);
        return built.Areas.Layer.Count > 0 ? ExitCode.Success : ExitCode.InputData;
    }

    private static void Report(Settings settings, PostcodeGeography built, string table)
    {
        var areas = built.Areas;
        var name = PostcodeAreas.LayerName(areas.Level).Replace('_', ' ');
        AnsiConsole.MarkupLineInterpolated($"Wrote {settings.Out} and {table}: {areas.Layer.Count:N0} {name}s from {areas.Members.Count:N0} postcodes in {settings.Clip}");
        Line(areas.Outside.Count, "postcodes lie outside the clip layer and are left out");
        Line(built.Centroids.Terminated, "terminated postcodes are left out (--include-terminated keeps them)");
        Line(built.Centroids.WithoutCoordinates, "postcodes have no coordinates in the lookup and are left out");
        Line(areas.SharedPoints, "points are shared by several postcodes; each such cell is split evenly among them");
        Line(areas.EmptyClipAreas.Count, "clip areas hold no postcode and are joined whole to the nearest postcode's polygon");
        Line(areas.LsoaDisagreements, "postcodes lie outside the LSOA the lookup gives them; their point decides");
        var population = built.PopulationMethod ?? "not given (add --population, or a lookup with a population column)";
        AnsiConsole.MarkupLineInterpolated($"  population: {population}");
        if (areas.Layer.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] no postcode of {string.Join(", ", settings.Postcodes)} lies in {settings.Clip}; are they the same part of the country?");
        }
    }

    private static void Line(int count, string what)
    {
        if (count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"  {count:N0} {what}");
        }
    }

    private static PostcodeLevel? LevelOf(string text) =>
        Enum.TryParse<PostcodeLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !text.Any(char.IsDigit) ? level : null;
}
