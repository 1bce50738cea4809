using GeoNeeds.Cli.Commands;
using GeoNeeds.Cli.Commands.Indicators;
using GeoNeeds.Cli.Commands.Studies;
using GeoNeeds.Cli.Commands.Viewer;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli;

/// <summary>The <c>geoneeds</c> command: verbs, help text and the mapping of failures to exit codes.</summary>
internal static class GeoNeedsApp
{
    // Spectre.Console.Cli rejects one-letter long options, but `--x COL --y COL` is the documented spelling
    // for eastings/northings (count-points) and for the two columns of correlate and chart; they are passed on as the
    // equivalent --easting/--northing or --x-column/--y-column. `map --k 5` likewise becomes the short option -k.
    private static string SpectreSpelling(string arg, string verb)
    {
        var (x, y) = verb is "correlate" or "chart" ? ("--x-column", "--y-column") : ("--easting", "--northing");
        return arg switch
        {
            "--x" => x,
            "--y" => y,
            "--k" => "-k",
            _ when arg.StartsWith("--x=", StringComparison.Ordinal) => x + arg[3..],
            _ when arg.StartsWith("--y=", StringComparison.Ordinal) => y + arg[3..],
            _ => arg,
        };
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (System.Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns when output is redirected; logs and pipes read better unwrapped.
            AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 160;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("geoneeds");
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<AssessCommand>("assess")
                .WithDescription("Run a study file: read boundaries, incidents, referrals, population and IMD; write area tables, GeoJSON, rejections and a run summary.")
                .WithExample("assess", "study.yaml", "--out", "out");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write the study report of a finished output folder: report.html, one self-contained page (maps, charts, tables, methods, sources) that prints to A4; --pdf prints it with Chromium.")
                .WithExample("report", "out", "--pdf");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a study file without running it: its keys, values and references, and that its files exist. Prints ok, or the faults as file:line:column: key: problem.")
                .WithExample("validate", "study.yaml");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Write a commented starter study (never over an existing file) and the schema editors check it with.")
                .WithExample("init", "my-study.yaml");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Print the JSON Schema of study files (for editors: # yaml-language-server: $schema=FILE).")
                .WithExample("schema", "--out", "study.schema.json");
            config.AddCommand<CountPointsCommand>("count-points")
                .WithDescription("Count the points of a CSV in every polygon of a boundary file (zeros included).")
                .WithExample("count-points", "--points", "incidents.csv", "--polygons", "lsoa.geojson", "--code-field", "LSOA11CD", "--lon", "Longitude", "--lat", "Latitude", "--out", "counts.csv");
            config.AddCommand<PostcodeAreasCommand>("postcode-areas")
                .WithDescription("Postcode unit, sector or district polygons: Voronoi cells of a postcode lookup's points, cut to LSOA or authority boundaries and dissolved; GeoJSON plus a CSV of postcodes and population per area.")
                .WithExample("postcode-areas", "--postcodes", "cv.csv", "--clip", "lsoa.geojson", "--level", "district", "--out", "districts.geojson");
            config.AddCommand<HotspotsCommand>("hotspots")
                .WithDescription("Hot spots of one column of a CSV on the queen contiguity of a boundary file: Getis-Ord Gi*, local Moran's I clusters (HH/LL/HL/LH/ns) and global Moran's I.")
                .WithExample("hotspots", "--polygons", "data/boundaries/lsoa.geojson", "--code-field", "LSOA_CODE", "--in", "out/lsoa.csv", "--value", "police_incidents_rate_per_1000", "--out", "out/hotspots.csv");
            config.AddCommand<OutcomesCommand>("outcomes")
                .WithDescription("Service outcomes: intake and exit forms matched by case; intake profile, DASH risk and abuse change from intake to exit, case status, length and contacts, year by year, with small counts withheld.")
                .WithExample("outcomes", "--intake", "data/outcomes/adult_intake.csv", "--exit", "data/outcomes/adult_exit.csv", "--service", "adult", "--out", "out/outcomes");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Run the demo study on the synthetic town in data/ (generated first if absent).")
                .WithExample("demo", "--out", "out");
            config.AddCommand<GenerateDemoCommand>("generate-demo")
                .WithDescription("(Re)generate the synthetic demo town's input files, deterministically.")
                .WithExample("generate-demo", "--out", "data");
            config.AddCommand<RatesCommand>("rates")
                .WithDescription("Crude rates per N people with 95% and 99.8% limits (Fingertips methods) for a CSV area_code,count,population.")
                .WithExample("rates", "--in", "counts.csv", "--per", "1000", "--out", "rates.csv");
            config.AddCommand<RefugeCommand>("refuge")
                .WithDescription("Refuge spaces provided against the Council of Europe standard (1 per 10,000) for a CSV area_code,area_name,population,provided.")
                .WithExample("refuge", "--in", "refuge.csv", "--out", "refuge-shortfall.csv");
            config.AddCommand<MaracCommand>("marac")
                .WithDescription("MARAC cases against SafeLives' 40 per 10,000 adult women (and IDVAs in post against SafeLives' 100 cases each) for a CSV area_code,area_name,adult_female_population,cases.")
                .WithExample("marac", "--in", "marac.csv", "--idva-fte", "idva_fte", "--out", "marac-out.csv")
                .WithExample("marac", "--in", "cases.csv", "--population", "population_by_age_sex.csv", "--adult-age", "18");
            config.AddCommand<PrevalenceCommand>("prevalence")
                .WithDescription("Expected victims of domestic abuse from survey prevalence (CSEW 2021) for a CSV area_code,sex,age,population.")
                .WithExample("prevalence", "--in", "population.csv", "--survey", "csew-2021", "--recorded", "recorded.csv", "--out", "expected.csv");
            config.AddCommand<CorrelateCommand>("correlate")
                .WithDescription("Pearson and Spearman correlation (with p-values) and the least-squares line of two columns of a CSV.")
                .WithExample("correlate", "--in", "wards.csv", "--x", "imd_score", "--y", "rate");
            config.AddCommand<ChangeCommand>("change")
                .WithDescription("Change between two periods, rate after, and quadrant (above/below overall rate, rising/falling) for a CSV area_code,count_before,count_after,population.")
                .WithExample("change", "--in", "wards.csv", "--per", "100000", "--out", "change.csv");
            config.AddCommand<InequalityCommand>("inequality")
                .WithDescription("Rates by IMD decile and the slope and relative index of inequality (OHID method) for a CSV area_code,count,population,imd_decile.")
                .WithExample("inequality", "--in", "lsoa.csv", "--per", "1000", "--out", "inequality.csv");
            config.AddCommand<ViewCommand>("view")
                .WithDescription("Serve an output folder as an interactive map at http://127.0.0.1:PORT/ (loopback only, read-only) until Ctrl+C.")
                .WithExample("view", "out", "--port", "0", "--open");
            config.AddCommand<TilesCommand>("tiles")
                .WithDescription("Write each level's vector tiles, as geoneeds view draws them, into an MBTiles file per level (OUT_DIR/tiles/<level>.mbtiles) for QGIS, GDAL and tile servers.")
                .WithExample("tiles", "out", "--max-zoom", "12");
            config.AddCommand<MapCommand>("map")
                .WithDescription("Draw a choropleth map (PNG or SVG) of one column of a CSV over a boundary file.")
                .WithExample("map", "--polygons", "wards.geojson", "--code-field", "WD13CD", "--values", "out/ward.csv", "--value", "da_incidents_rate_per_1000", "--classes", "jenks", "--out", "ward-map.png");
            config.AddCommand<ChartCommand>("chart")
                .WithDescription("Draw a chart (PNG or SVG): ranked, scatter, quadrant, funnel, trend or deciles.")
                .WithExample("chart", "funnel", "--in", "out/ward.csv", "--value", "da_incidents_rate_per_1000", "--out", "funnel.png");
        });

        try
        {
            var verb = args.FirstOrDefault() ?? "";
            return await app.RunAsync(args.Select(arg => SpectreSpelling(arg, verb)).ToArray());
        }
        catch (CommandAppException e)
        {
            // Standard error, so a usage mistake never ends up inside a redirected output file.
            System.Console.Error.WriteLine($"error: {UsageMessage.Of(e.Message, args)}");
            System.Console.Error.WriteLine("Run geoneeds --help for usage.");
            return ExitCode.Usage;
        }
        catch (OutputPathException e)
        {
            // Found before any input is read: a wrong --out is a mistake on the command line.
            System.Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.Usage;
        }
        catch (InputDataException e)
        {
            // Standard error and unwrapped, so the file:line:field message survives pipes and greps whole.
            System.Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.InputData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's own words name the file; a stack trace would only bury them. Outputs stay atomic, so
            // nothing half-written is left in place.
            System.Console.Error.WriteLine($"error: the file system refused: {PrintableText.Of(e.Message)}");
            return ExitCode.FileSystem;
        }
    }
}
