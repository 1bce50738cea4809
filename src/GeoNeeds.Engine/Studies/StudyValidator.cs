using GeoNeeds.Engine.Io;

namespace GeoNeeds.Engine.Studies;

/// <summary>Checks a study before anything is read, so a mistake is reported in one clear message up front.</summary>
internal static class StudyValidator
{
    private static readonly SourceFormat[] PopulationFormats = [SourceFormat.AgeSex, SourceFormat.Iod2019];
    private static readonly SourceFormat[] DeprivationFormats = [SourceFormat.Imd2019, SourceFormat.Wimd2019];
    private static readonly SourceFormat[] PostcodeFormats = [SourceFormat.Csv, SourceFormat.CodePoint];

    /// <summary>Checks the study, throwing its first fault.</summary>
    /// <exception cref="InputDataException">A check fails.</exception>
    public static void Validate(StudyDefinition study)
    {
        var faults = Faults(study);
        if (faults.Count > 0)
        {
            throw faults[0];
        }
    }

    /// <summary>
    /// The first fault of each part of the study (the levels, each level, source, input and indicator, the needs,
    /// the output, the graphics and the database), so one look at <c>geoneeds validate</c> shows them all.
    /// </summary>
    public static IReadOnlyList<InputDataException> Faults(StudyDefinition study)
    {
        var file = study.SourcePath;
        var faults = new List<InputDataException>();
        void Part(Action check)
        {
            try
            {
                check();
            }
            catch (InputDataException fault)
            {
                faults.Add(fault);
            }
        }

        Part(() =>
        {
            Require(study.Levels.Count > 0, file, "levels", "a study needs at least one level (e.g. lsoa) with boundaries");
            RequireUnique(study.Levels.Select(l => l.Name), file, "levels", "level");
        });
        if (study.Levels.Count == 0)
        {
            // Inputs, needs and graphics are checked against the levels: without one, those checks say nothing more.
            return faults;
        }

        for (var i = 0; i < study.Levels.Count; i++)
        {
            var (level, isBase) = (study.Levels[i], i == 0);
            Part(() => ValidateLevel(study, level, isBase));
        }

        Part(() => ValidateSource(study, study.Population, "population", PopulationFormats));
        Part(() => ValidateSource(study, study.Deprivation, "deprivation", DeprivationFormats));
        foreach (var postcodes in study.Postcodes)
        {
            Part(() => ValidateSource(study, postcodes, "postcodes", PostcodeFormats));
        }

        Part(() => RequireUnique(study.Inputs.Select(i => i.Name), file, "inputs", "input"));
        foreach (var input in study.Inputs)
        {
            Part(() => ValidateInput(study, input));
        }

        Part(() => RequireUnique(study.Indicators.Select(i => i.Name), file, "indicators", "indicator"));
        foreach (var indicator in study.Indicators)
        {
            Part(() =>
            {
                Require(study.Inputs.Any(i => i.Name == indicator.Input), file, $"indicators.{indicator.Name}.input", $"no input is named '{indicator.Input}'");
                Require(indicator.Per > 0, file, $"indicators.{indicator.Name}.per", "the rate multiplier must be positive (1000, 10000 or 100000)");
                ValidateDenominator(study, indicator);
            });
        }

        Part(() => PeriodValidator.Validate(study));
        if (study.Needs is { } needs)
        {
            Part(() => Needs.NeedsValidator.Validate(study, needs));
        }

        Part(() =>
        {
            Require(study.Output.SuppressBelow >= 0, file, "output.suppress_below", "must be 0 (off) or more");
            Require(study.Output.Decimals is >= 0 and <= 15, file, "output.decimals", "must be between 0 and 15");
            Require(study.Output.SimplifyMetres is > 0 and <= 10_000, file, "output.simplify_metres", "must be more than 0 and at most 10000 (metres)");
            if (study.Output.DatabaseSchema is not null)
            {
                RequireDatabase(study, "output.database_schema");
            }
        });
        Part(() => GraphicsValidator.Validate(study, study.Graphics));
        Part(() => ValidateDatabase(study));
        return faults;
    }

    private static void ValidateDenominator(StudyDefinition study, IndicatorDefinition indicator)
    {
        if (indicator.Denominator is not { } denominator)
        {
            return;
        }

        var key = $"indicators.{indicator.Name}.denominator";
        if (denominator.Path is null)
        {
            Require(denominator.Group is not null, study.SourcePath, key, "give residents, children, or { path: FILE.csv, column: NAME }");
            Require(denominator.Group != DenominatorGroup.Children || study.Population?.Format == SourceFormat.AgeSex, study.SourcePath, key,
                "a denominator of children needs the population by age and sex (population.format: age-sex)");
            return;
        }

        Require(!string.IsNullOrWhiteSpace(denominator.Column), study.SourcePath, $"{key}.column", "name the column of the denominator table");
        Require(denominator.Group is null, study.SourcePath, key, "give either a group or a table, not both");
    }

    private static void ValidatePostcodeLevel(StudyDefinition study, LevelDefinition level, bool isBase, int sources)
    {
        var field = $"levels.{level.Name}";
        Require(!isBase, study.SourcePath, $"{field}.kind", "a postcode level cannot be the first level: its polygons are cut to an earlier level's boundaries");
        Require(sources == 0, study.SourcePath, field, "a postcode level is built from the study's postcodes; drop its boundaries, table or query");
        Require(study.Postcodes.Count > 0, study.SourcePath, "postcodes", $"level '{level.Name}' is built from postcode points: give postcodes (e.g. Code-Point Open, format code-point)");
        var clip = level.Clip ?? study.Levels[0].Name;
        var earlier = study.Levels.TakeWhile(l => l != level).Where(l => l.HasBoundaries && !l.IsPostcodeLevel).Select(l => l.Name).ToList();
        Require(earlier.Contains(clip), study.SourcePath, $"{field}.clip", $"clip '{clip}' is not an earlier level with boundaries; the levels that can clip are: {string.Join(", ", earlier)}");
    }

    private static void ValidateLevel(StudyDefinition study, LevelDefinition level, bool isBase)
    {
        var field = $"levels.{level.Name}";
        Require(level.Name.Length > 0, study.SourcePath, "levels", "every level needs a name (e.g. lsoa, ward, lad)");
        var inLookup = study.Lookup?.Codes.ContainsKey(level.Name) == true;
        var sources = new[] { level.Boundaries.Count > 0, level.Table is not null, level.Query is not null }.Count(given => given);
        Require(sources <= 1, study.SourcePath, field, "give the boundaries once: boundaries (files), table or query");
        if (level.IsPostcodeLevel)
        {
            ValidatePostcodeLevel(study, level, isBase, sources);
            return;
        }

        Require(level.Clip is null, study.SourcePath, $"{field}.clip", "clip cuts postcode polygons; give kind: postcode_district (or _sector, _unit), or drop it");
        Require(sources == 1 || (!isBase && inLookup), study.SourcePath, $"{field}.boundaries",
            isBase ? "the first level needs a boundary file (or a database table or query): points are joined to it" : "a level needs a boundary file, a database table or query, or a lookup column");
        if (StudyDatabase.Holds(level))
        {
            RequireDatabase(study, $"{field}.{(level.Table is null ? "query" : "table")}");
        }

        Require(level.GeometryColumn is null || StudyDatabase.Holds(level), study.SourcePath, $"{field}.geometry_column", "geometry_column names a column of a database table or query; give table or query, or drop it");

        Require(level.Rollup != RollupMethod.Lookup || inLookup, study.SourcePath, $"{field}.rollup", $"rollup is 'lookup' but lookup.codes has no '{level.Name}' column");
        foreach (var pattern in level.Boundaries)
        {
            RequireFiles(study, pattern, $"{field}.boundaries");
        }

        if (study.Lookup is not null && isBase)
        {
            RequireFile(study, study.Lookup.Path, "lookup.path");
            Require(inLookup, study.SourcePath, "lookup.codes", $"the lookup must name the code column of the first level '{level.Name}'");
        }
    }

    private static void ValidateSource(StudyDefinition study, SourceDefinition? source, string field, SourceFormat[] formats)
    {
        if (source is null)
        {
            return;
        }

        var allowed = string.Join(", ", formats.Select(EnumSpelling.Of));
        Require(source.Format is not null, study.SourcePath, $"{field}.format", $"give the table's format: {allowed}");
        Require(formats.Contains(source.Format!.Value), study.SourcePath, $"{field}.format", $"'{EnumSpelling.Of(source.Format.Value)}' is not a {field} format; use {allowed}");
        RequireFile(study, source.Path, $"{field}.path");
    }

    private static void ValidateInput(StudyDefinition study, InputDefinition input)
    {
        var field = $"inputs.{input.Name}";
        var sources = new[] { input.Files.Count > 0, input.Table is not null, input.Query is not null }.Count(given => given);
        Require(sources <= 1, study.SourcePath, field, "give the rows once: files, table or query");
        Require(sources == 1, study.SourcePath, $"{field}.files", "list at least one file or pattern, or name a database table or query");
        if (StudyDatabase.Holds(input))
        {
            Require(input.Type == InputType.Points, study.SourcePath, $"{field}.type", "only points can be read from a database table or query; referrals are read from files");
            RequireDatabase(study, $"{field}.{(input.Table is null ? "query" : "table")}");
        }

        Require(input.KeyColumn is null || StudyDatabase.Holds(input), study.SourcePath, $"{field}.key_column", "key_column orders the rows of a database table or query; rows of files are named by their lines");

        Require(input.MinMatchShare is >= 0 and <= 1, study.SourcePath, $"{field}.min_match_share", "must be a share between 0 and 1, e.g. 0.5");
        foreach (var pattern in input.Files)
        {
            RequireFiles(study, pattern, $"{field}.files");
        }

        if (input.Type == InputType.Points)
        {
            Require(input.Format != PointFormat.Columns || input.Columns is { X.Length: > 0, Y.Length: > 0 }, study.SourcePath, $"{field}.columns", "format 'columns' needs columns.x and columns.y");
            Require(input.Join != PointJoin.Database || (StudyDatabase.Holds(input) && StudyDatabase.Holds(study.Levels[0])), study.SourcePath, $"{field}.join",
                "join 'database' counts inside PostGIS, so both the input and the first level's boundaries must come from the database (table or query)");
            if (input.Join != PointJoin.Spatial && StudyGeography.SplittingLevels(study) is [var (splitting, _, _), ..])
            {
                Require(false, study.SourcePath, $"{field}.join", $"level '{splitting.Name}' counts each point in its own postcode area, which only its location gives; use join: spatial");
            }
        }
        else
        {
            Require(study.Postcodes.Count > 0, study.SourcePath, "postcodes", $"input '{input.Name}' has referrals by postcode, so the study needs a postcodes table");
        }
    }

    private static void ValidateDatabase(StudyDefinition study)
    {
        if (study.Database is not { } database)
        {
            return;
        }

        Require((database.Connection is null) != (database.ConnectionEnv is null), study.SourcePath, "database",
            "give either connection (a connection string) or connection_env (the environment variable holding one)");
        Require(database.ConnectionEnv is null || StudyDatabase.ConnectionString(database) is not null, study.SourcePath, "database.connection_env",
            $"the environment variable {database.ConnectionEnv} is not set; set it to the connection string (e.g. Host=...;Database=...;Username=...)");
    }

    private static void RequireDatabase(StudyDefinition study, string field) =>
        Require(study.Database is not null, study.SourcePath, field, "the study needs a database: { connection: ... } or { connection_env: VARIABLE } to read or write tables");

    private static void RequireFiles(StudyDefinition study, string pattern, string field)
    {
        var files = StudyFile.ResolveFiles(study, pattern);
        Require(files.Count > 0 && files.All(File.Exists), study.SourcePath, field, $"no file matches '{pattern}' (resolved against {study.BaseFolder})");
    }

    internal static void RequireFile(StudyDefinition study, string path, string field) =>
        Require(File.Exists(StudyFile.Resolve(study, path)), study.SourcePath, field, $"file not found: {StudyFile.Resolve(study, path)}");

    private static void RequireUnique(IEnumerable<string> names, string file, string field, string what)
    {
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Require(duplicate is null, file, field, $"two {what}s are named '{duplicate?.Key}'");
    }

    internal static void Require(bool condition, string file, string field, string problem)
    {
        if (!condition)
        {
            throw new InputDataException(file, 0, field, problem);
        }
    }
}
