namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Every file a study reads: the study file itself, boundaries, the lookup,
/// population, deprivation, postcode tables, input files (wildcards expanded), denominator tables and a survey
/// table. Outputs are checked against them so a run can never write over one of its own inputs.
/// </summary>
public static class StudyInputFiles
{
    /// <summary>The full paths of the files <paramref name="study"/> names (whether or not they exist).</summary>
    public static IReadOnlyList<string> Of(StudyDefinition study)
    {
        var patterns = study.Levels.SelectMany(l => l.Boundaries)
            .Concat(study.Inputs.SelectMany(i => i.Files))
            .SelectMany(p => StudyFile.ResolveFiles(study, p));
        var sources = new[] { study.Population, study.Deprivation }.Concat(study.Postcodes).OfType<SourceDefinition>()
            .SelectMany(s => new[] { s.Path, s.ColumnHeaders });
        var others = sources
            .Append(study.Lookup?.Path)
            .Concat(study.Indicators.Select(i => i.Denominator?.Path))
            .Append(study.Needs?.Prevalence?.Survey is { } survey && !Indicators.SurveyTable.Editions.Contains(survey) ? survey : null)
            .OfType<string>()
            .Select(p => StudyFile.Resolve(study, p));
        var own = File.Exists(study.SourcePath) ? [Path.GetFullPath(study.SourcePath)] : Array.Empty<string>();
        return [.. own.Concat(patterns).Concat(others).Distinct()];
    }
}
