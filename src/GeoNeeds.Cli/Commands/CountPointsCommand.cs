using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary>
/// <c>geoneeds count-points</c>: a one-input, one-level study run from the command line, writing
/// <c>area_code,count</c> for every polygon and the rejections beside it.
/// </summary>
internal sealed class CountPointsCommand : Command<CountPointsCommand.Settings>
{
    public sealed class Settings : PolygonSettings
    {
        [CommandOption("--points <FILE>")]
        [Description("Point CSV (repeat for several files; wildcards allowed in the file name).")]
        public string[] Points { get; init; } = [];

        [CommandOption("--lon <COL>")]
        [Description("Longitude column (WGS 84). Use with --lat.")]
        public string? Lon { get; init; }

        [CommandOption("--lat <COL>")]
        [Description("Latitude column (WGS 84). Use with --lon.")]
        public string? Lat { get; init; }

        [CommandOption("--easting <COL>")]
        [Description("Easting column (also spelled --x). Use with --northing; British National Grid unless --crs says otherwise.")]
        public string? X { get; init; }

        [CommandOption("--northing <COL>")]
        [Description("Northing column (also spelled --y). Use with --easting.")]
        public string? Y { get; init; }

        [CommandOption("--crs <EPSG>")]
        [Description("Coordinate system of --x/--y: EPSG:27700 (default) or EPSG:4326.")]
        public string Crs { get; init; } = "EPSG:27700";

        [CommandOption("-o|--out <FILE>")]
        [Description("Output CSV (area_code,count). Rejected rows go to <FILE>.rejections.csv.")]
        public string Out { get; init; } = "counts.csv";

        [CommandOption("--suppress-below <N>")]
        [Description("Counts from 1 to N-1 are written as *; 0 writes every count. Default 5.")]
        public int SuppressBelow { get; init; } = SmallCountSuppression.DefaultThreshold;

        [CommandOption(CsvFormulasOption.Template)]
        [Description(CsvFormulasOption.Description)]
        public CsvFormulas CsvFormulas { get; init; } = CsvFormulas.Neutralise;

        [CommandOption("--min-match-share <SHARE>")]
        [Description("The least share (0 to 1) of located points that must fall in a polygon; below it the run warns, or fails under --strict. Default 0.5.")]
        public double MinMatchShare { get; init; } = MatchShare.DefaultMinimum;

        [CommandOption("--no-cache")]
        [Description("Read the polygons afresh, without the boundary cache (see README, Boundary cache).")]
        public bool NoCache { get; init; }

        [CommandOption("--strict")]
        [Description("Fail (exit code 2, nothing written) when the points match no polygon or under --min-match-share of them, instead of warning.")]
        public bool Strict { get; init; }

        public override ValidationResult Validate()
        {
            if (Points.Length == 0 || Polygons.Length == 0)
            {
                return ValidationResult.Error("--points and --polygons are required.");
            }

            var lonLat = Lon is not null || Lat is not null;
            var xy = X is not null || Y is not null;
            if (lonLat && xy)
            {
                return ValidationResult.Error("Give either --lon/--lat or --x/--y (--easting/--northing), not both.");
            }

            if ((lonLat && (Lon is null || Lat is null)) || (xy && (X is null || Y is null)))
            {
                return ValidationResult.Error("--lon needs --lat, and --x needs --y.");
            }

            if (MinMatchShare is < 0 or > 1)
            {
                return ValidationResult.Error("--min-match-share must be between 0 and 1, e.g. 0.5.");
            }

            return SuppressBelow < 0 ? ValidationResult.Error("--suppress-below must be 0 or more.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var study = StudyOf(settings);
        var rejections = Path.ChangeExtension(settings.Out, ".rejections.csv");
        OutputGuard.File("--out", settings.Out, StudyInputFiles.Of(study));
        OutputGuard.File("--out", rejections, StudyInputFiles.Of(study));
        var result = StudyRunner.WithProgress(progress => Study.Run(study, progress));
        if (StudyRunner.FailsStrictly(result, settings.Strict))
        {
            return ExitCode.InputData;
        }

        var table = result.Tables[0];
        var input = result.Inputs[0];
        var keys = table.Rows.Select(r => CountCellKey.Whole(input.Definition.Name, table.Level, r.Code)).ToList();
        CsvTableWriter.Write(settings.Out, ["area_code", "count"], table.Rows.Select((r, i) => new object?[]
        {
            r.Code, PublishedCount.Cell(r.Indicators[0].Count, result.Disclosure.IsSuppressed(keys[i])),
        }), settings.CsvFormulas);
        CsvTableWriter.Write(rejections, ["file", "line", "field", "reason", "detail"],
            input.Account.Rejections.Select(r => new object?[] { r.File, r.Line, r.Field, r.Reason, r.Detail }), settings.CsvFormulas);
        var suppression = SuppressionReport.Of(result.Disclosure, [(settings.Out, keys)]);
        RunSummaryView.Print(RunSummary.Of(result, [settings.Out, rejections], suppression), Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        return result.AllRowsAccounted ? ExitCode.Success : ExitCode.InputData;
    }

    private static StudyDefinition StudyOf(Settings settings)
    {
        var policeUk = settings.Lon is null && settings.X is null;
        var study = new StudyDefinition
        {
            Title = "count-points",
            SourcePath = "(command line)",
            BaseFolder = Directory.GetCurrentDirectory(),
            Levels = [new LevelDefinition { Name = "areas", Boundaries = [settings.Polygons], CodeField = settings.CodeField }],
            Inputs = [new InputDefinition { Name = "points", Files = [.. settings.Points], Format = policeUk ? PointFormat.PoliceUk : PointFormat.Columns, Columns = policeUk ? null : ColumnsOf(settings), MinMatchShare = settings.MinMatchShare }],
            Indicators = [new IndicatorDefinition { Name = "points", Input = "points" }],
            Output = new OutputDefinition { SuppressBelow = settings.SuppressBelow, CsvFormulas = settings.CsvFormulas },
            BoundaryCache = settings.NoCache ? null : BoundaryCache.ForUser(),
            PublishesAreaCountsOnly = true,
        };
        StudyFile.Validate(study);
        return study;
    }

    private static ColumnsDefinition ColumnsOf(Settings settings) => settings.Lon is not null
        ? new ColumnsDefinition { X = settings.Lon, Y = settings.Lat!, Crs = "EPSG:4326" }
        : new ColumnsDefinition { X = settings.X ?? "", Y = settings.Y ?? "", Crs = settings.Crs };
}
