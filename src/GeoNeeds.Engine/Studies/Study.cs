using System.Diagnostics;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Join;
using GeoNeeds.Engine.Stats;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Studies;

/// <summary>The one-line entry to a needs assessment: <c>Study.Run(StudyFile.Load("study.yaml"))</c>.</summary>
public static class Study
{
    /// <summary>Reads every input of <paramref name="study"/>, joins and rolls up, and computes every indicator.</summary>
    /// <exception cref="Io.InputDataException">An input the run cannot go on without is unusable.</exception>
    public static StudyResult Run(StudyDefinition study, IProgress<StudyProgress>? progress = null)
    {
        var seconds = new Dictionary<string, double>();
        var warnings = new List<string>();
        var readerWarnings = new List<InputWarning>();

        var (levels, cells) = Timed(seconds, "geography", () => StudyGeography.Load(study, readerWarnings));
        var baseLayer = levels[0].Layer!;
        warnings.AddRange(levels.Where(l => l.FromBase?.Unassigned.Count > 0)
            .Select(l => $"{l.FromBase!.Unassigned.Count} {baseLayer.Name} areas roll up to no {l.Name} area: {string.Join(" ", l.FromBase.Unassigned.Take(10))}"));

        var (ageSex, population) = Timed(seconds, "population", () => study.Population is { } source ? ReadPopulation(study, source, readerWarnings, cells) : (null, null));
        var periodDenominators = Timed(seconds, "periods", () => StudyPeriods.Denominators(study, source => ReadPopulation(study, source, readerWarnings, cells))
            .Select(p => p?.Select(cells.Apportion).ToList()).ToList());
        var groupPopulations = ReadGroupPopulations(study, readerWarnings).ToDictionary(g => g.Key, g => cells.Apportion(g.Value), StringComparer.Ordinal);
        var deciles = Timed(seconds, "deprivation", () => ReadDeciles(study, readerWarnings));
        WarnMissing(warnings, baseLayer.Areas.Select(a => a.Code), population?.Keys.Select(StudyCells.BaseOf), "population");
        WarnMissing(warnings, baseLayer.Areas.Select(a => a.Code), deciles?.Keys, "deprivation decile");
        deciles = deciles is null ? null : cells.Inherit(deciles);

        var locator = new AreaLocator(cells.Layer);
        var counter = new StudyInputs(study, locator, cells, readerWarnings, progress);
        var inputs = Timed(seconds, "inputs", () => study.Inputs.Select(counter.Count).ToList());
        warnings.AddRange(WarningDigest.Of(study, readerWarnings));
        warnings.AddRange(inputs.Select(i => i.MatchShortfall).OfType<string>());
        warnings.AddRange(StudyPeriods.Uncovered(study, inputs));

        var indicators = study.Indicators.Select(d => (d, inputs.Single(i => i.Definition.Name == d.Input), StudyDenominators.Read(study, d, ageSex) is { } own ? cells.Apportion(own) : null)).ToList();
        var builder = new LevelTableBuilder(population, deciles, indicators);
        var tables = Timed(seconds, "indicators", () => levels.Select(l => builder.Build(l, cells.Codes)).ToList());
        var outcomes = Timed(seconds, "outcomes", () => StudyOutcomes.Run(study, levels, locator, cells, () => counter.Postcodes));
        warnings.AddRange(WarningDigest.Of(study, outcomes.SelectMany(o => o.Outcomes.Warnings)));
        var disclosure = Timed(seconds, "disclosure", () => StudyDisclosure.Decide(study, levels, cells, tables, inputs, groupPopulations, outcomes));
        var measures = Timed(seconds, "measures", () => StudyMeasures.Of(study, levels, cells, tables, inputs, periodDenominators));
        var context = new NeedsContext(study, levels, tables, inputs, ageSex, groupPopulations, disclosure, measures, warnings) { Outcomes = outcomes, Cells = cells };
        var needs = Timed(seconds, "needs", () => NeedsAssessment.Run(context));
        return new StudyResult(study, levels, tables, inputs, needs, warnings, seconds, disclosure, measures) { Outcomes = outcomes };
    }

    /// <summary>A population table's counts by age and sex (when it gives them so) and its totals per area counted in (<see cref="StudyCells"/>).</summary>
    private static (IReadOnlyList<PopulationCount>? AgeSex, IReadOnlyDictionary<string, double>? Totals) ReadPopulation(StudyDefinition study, SourceDefinition source, List<InputWarning> warnings, StudyCells cells)
    {
        var path = StudyFile.Resolve(study, source.Path);
        if (source.Format == SourceFormat.Iod2019)
        {
            return (null, cells.Apportion(PopulationReader.ReadIod2019Totals(path, warnings)));
        }

        var ageSex = cells.Apportion(PopulationReader.ReadByAgeSex(path, warnings));
        return (ageSex, PopulationReader.TotalsByArea(ageSex));
    }

    /// <summary>The population tables <c>needs.representation</c> compares fields with, by their path as written.</summary>
    private static Dictionary<string, IReadOnlyList<GroupPopulation>> ReadGroupPopulations(StudyDefinition study, List<InputWarning> warnings) =>
        (study.Needs?.Representation?.GroupTables ?? []).ToDictionary(path => path, path => PopulationReader.ReadByGroup(StudyFile.Resolve(study, path), warnings), StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, int>? ReadDeciles(StudyDefinition study, List<InputWarning> warnings)
    {
        if (study.Deprivation is not { } source)
        {
            return null;
        }

        var path = StudyFile.Resolve(study, source.Path);
        var ranks = source.Format == SourceFormat.Wimd2019 ? DeprivationReader.ReadWimd2019(path, warnings) : DeprivationReader.ReadImd2019(path, warnings);
        return ranks.ToDictionary(r => r.Key, r => r.Value.Decile, StringComparer.Ordinal);
    }

    private static void WarnMissing(List<string> warnings, IEnumerable<string> codes, IEnumerable<string>? known, string what)
    {
        if (known is null)
        {
            return;
        }

        var missing = codes.Except(known, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            warnings.Add($"{missing.Count} areas have no {what}: {string.Join(" ", missing.Take(10))}{(missing.Count > 10 ? " ..." : "")}");
        }
    }

    private static T Timed<T>(Dictionary<string, double> seconds, string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        seconds[stage] = clock.Elapsed.TotalSeconds;
        return result;
    }
}
