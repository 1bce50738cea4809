using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Lookups;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Studies;

/// <summary>Loads a study's levels and works out how the base level rolls up to each of the others.</summary>
internal static class StudyGeography
{
    /// <summary>
    /// Reads every level and works out the areas the study counts in (<see cref="StudyCells"/>); what the boundary
    /// and lookup files were read despite goes to <paramref name="warnings"/>.
    /// </summary>
    public static (IReadOnlyList<StudyLevel> Levels, StudyCells Cells) Load(StudyDefinition study, ICollection<InputWarning> warnings)
    {
        // The postcode tables are read once, and each clip level's Voronoi cells made once, for every postcode level and the parts.
        var lookup = new Lazy<PostcodeLookup>(() => StudyPostcodes.Read(study, warnings));
        var built = new Dictionary<(string Clip, bool Terminated), PostcodeAreas>();
        PostcodeAreas UnitsIn(StudyLevel clip, bool includeTerminated)
        {
            if (!built.TryGetValue((clip.Name, includeTerminated), out var units))
            {
                units = built[(clip.Name, includeTerminated)] = PostcodeAreaBuilder.Build(PostcodeCentroids.From(lookup.Value, includeTerminated).Points, clip.Layer!, PostcodeLevel.Unit);
            }

            return units;
        }

        var levels = LoadLevels(study, UnitsIn, warnings);
        var splitting = SplittingLevels(study);
        if (splitting.Count == 0)
        {
            return (levels, StudyCells.Whole(levels[0].Layer!));
        }

        var finest = splitting.MinBy(l => l.Kind);
        var cells = StudyCells.Split(levels[0].Layer!, UnitsIn(levels[0], finest.Definition.IncludeTerminated), finest.Kind);
        var split = levels.ToList();
        split[0] = split[0] with { FromCell = StudyCells.BaseOf };
        foreach (var (_, kind, i) in splitting)
        {
            split[i] = split[i] with { FromCell = code => PostcodeParts.Coarsen(StudyCells.PostcodeAreaOf(code)!, finest.Kind, kind), CellMethod = cells.Method };
        }

        return (split, cells);
    }

    /// <summary>The postcode levels cut to the first level, which split its areas (<see cref="StudyCells"/>), with their places in the study's levels.</summary>
    public static IReadOnlyList<(LevelDefinition Definition, PostcodeLevel Kind, int Index)> SplittingLevels(StudyDefinition study) =>
    [
        .. study.Levels.Select((definition, i) => (definition, Kind: LevelKinds.PostcodeLevelOf(definition.Kind), i))
            .Where(l => l.i > 0 && l.Kind is not null && (l.definition.Clip ?? study.Levels[0].Name) == study.Levels[0].Name)
            .Select(l => (l.definition, l.Kind!.Value, l.i)),
    ];

    private static List<StudyLevel> LoadLevels(StudyDefinition study, Func<StudyLevel, bool, PostcodeAreas> unitsIn, ICollection<InputWarning> warnings)
    {
        var baseDefinition = study.Levels[0];
        var baseLayer = ReadLayer(study, baseDefinition, warnings)!;
        var levels = new List<StudyLevel> { new(baseDefinition.Name, baseLayer, NamesOf(baseLayer), null, null) };
        foreach (var definition in study.Levels.Skip(1))
        {
            levels.Add(definition.IsPostcodeLevel
                ? LoadPostcodeLevel(definition, levels, unitsIn)
                : LoadParentLevel(study, definition, baseLayer, warnings));
        }

        return levels;
    }

    private static StudyLevel LoadParentLevel(StudyDefinition study, LevelDefinition definition, AreaLayer baseLayer, ICollection<InputWarning> warnings)
    {
        var layer = ReadLayer(study, definition, warnings);
        var lookup = LookupFor(study, definition, warnings);
        var spatial = layer is null ? null : AreaRollup.FromInteriorPoints(baseLayer, layer);
        var fromLookup = lookup is null ? null : AreaRollup.FromLookup(baseLayer, definition.Name, code => lookup.ParentOf(code)?.Code);
        var useLookup = definition.Rollup == RollupMethod.Lookup || (definition.Rollup is null && fromLookup is not null);
        var rollup = useLookup ? fromLookup! : spatial!;
        var other = useLookup ? spatial : fromLookup;
        var check = other is null ? null : new RollupCheck(other.Method, rollup.AgreementWith(other), rollup.ParentByChild.Count);
        var areas = layer is not null ? NamesOf(layer) : NamesFromLookup(baseLayer, lookup!);
        return new StudyLevel(definition.Name, layer, areas, rollup, check);
    }

    /// <summary>
    /// Builds a postcode level's polygons cut to its clip level. When the clip level is the first level, its areas
    /// roll up to the polygon holding most of their postcodes (best fit; an area with none to the polygon it was
    /// joined to), which serves what is known only by base area (an outcome case's LSOA code), as events count in
    /// their own postcode area (<see cref="StudyCells"/>); otherwise by interior point.
    /// </summary>
    /// <param name="unitsIn">The postcode units cut to a clip level, with or without terminated postcodes.</param>
    private static StudyLevel LoadPostcodeLevel(LevelDefinition definition, List<StudyLevel> loaded, Func<StudyLevel, bool, PostcodeAreas> unitsIn)
    {
        var baseLevel = loaded[0];
        var clip = loaded.Single(l => l.Name == (definition.Clip ?? baseLevel.Name));
        var built = PostcodeAreaBuilder.Coarsened(unitsIn(clip, definition.IncludeTerminated), LevelKinds.PostcodeLevelOf(definition.Kind)!.Value);
        var layer = new AreaLayer(definition.Name, built.Layer.CoordinateSystem, built.Layer.Areas);
        var rollup = clip.IsBase
            ? AreaRollup.FromPostcodeCounts(baseLevel.Layer!, definition.Name, BestFit(built).GetValueOrDefault)
            : AreaRollup.FromInteriorPoints(baseLevel.Layer!, layer);
        return new StudyLevel(definition.Name, layer, NamesOf(layer), rollup, null);
    }

    /// <summary>Each clip area's postcode polygon: the one most of its postcodes are in (ties to the first code), or the one it was joined to.</summary>
    private static Dictionary<string, string> BestFit(PostcodeAreas areas)
    {
        var fit = areas.Members.GroupBy(m => m.ClipCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(m => m.AreaCode, StringComparer.Ordinal).OrderByDescending(a => a.Count()).ThenBy(a => a.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
        foreach (var (clipCode, areaCode) in areas.EmptyClipAreas)
        {
            fit[clipCode] = areaCode;
        }

        return fit;
    }

    /// <summary>How a level's boundaries are read, from files or the database.</summary>
    public static BoundaryReadOptions OptionsOf(LevelDefinition level) => new()
    {
        LayerName = level.Name,
        CodeField = level.CodeField,
        NameField = level.NameField,
        LayerWithinFile = level.LayerWithinFile,
        CoordinateSystem = level.Crs is null ? null : CoordinateSystem.Parse(level.Crs),
    };

    /// <summary>Reads a level's boundary files into one layer, in the first file's coordinate system, or its database table or query.</summary>
    private static AreaLayer? ReadLayer(StudyDefinition study, LevelDefinition level, ICollection<InputWarning> warnings)
    {
        var options = OptionsOf(level);
        if (StudyDatabase.Holds(level))
        {
            using var database = StudyDatabase.Open(study);
            return DatabaseBoundaryReader.Read(database, StudyDatabase.SourceOf(level), options);
        }

        var files = level.Boundaries.SelectMany(p => StudyFile.ResolveFiles(study, p)).Distinct().ToList();
        var layers = files.Select(f => study.BoundaryCache?.Read(f, options, warnings) ?? BoundaryReader.Read(f, options, warnings)).ToList();
        if (layers.Count <= 1)
        {
            return layers.SingleOrDefault();
        }

        var system = layers[0].CoordinateSystem;
        var areas = layers.SelectMany(l => l.ReprojectedTo(system).Areas).ToList();
        var duplicate = areas.GroupBy(a => a.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputDataException(string.Join(", ", files), 0, options.CodeField ?? "code", $"area code '{duplicate.Key}' appears in more than one boundary file of level '{level.Name}'");
        }

        return new AreaLayer(level.Name, system, areas, [.. layers.SelectMany(l => l.Repairs)]);
    }

    private static AreaLookup? LookupFor(StudyDefinition study, LevelDefinition level, ICollection<InputWarning> warnings)
    {
        if (study.Lookup is not { } lookup || !lookup.Codes.TryGetValue(level.Name, out var codeColumn))
        {
            return null;
        }

        var baseColumn = lookup.Codes[study.Levels[0].Name];
        return AreaLookupReader.Read(StudyFile.Resolve(study, lookup.Path), baseColumn, codeColumn, lookup.Names.GetValueOrDefault(level.Name), warnings);
    }

    private static List<KeyValuePair<string, string>> NamesOf(AreaLayer layer) =>
        layer.Areas.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => KeyValuePair.Create(a.Code, a.Name)).ToList();

    private static List<KeyValuePair<string, string>> NamesFromLookup(AreaLayer baseLayer, AreaLookup lookup) =>
        baseLayer.Areas.Select(a => lookup.ParentOf(a.Code)).OfType<AreaParent>()
            .DistinctBy(p => p.Code)
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Code, p.Name))
            .ToList();
}
