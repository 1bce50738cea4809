using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The readers' warnings as the run summary and the console give them: each once, located relative to the study,
/// at most a few per file and then how many more, so a lookup with a thousand skipped rows does not bury the rest.
/// </summary>
internal static class WarningDigest
{
    /// <summary>How many warnings of one file are given in full.</summary>
    public const int PerFile = 5;

    public static IEnumerable<string> Of(StudyDefinition study, IEnumerable<InputWarning> warnings) =>
        warnings.Distinct().GroupBy(w => w.File, StringComparer.Ordinal).SelectMany(file =>
        {
            var relative = StudyFile.Relative(study, file.Key);
            var all = file.ToList();
            var shown = all.Take(PerFile).Select(w => (w with { File = relative }).ToString());
            return all.Count > PerFile ? shown.Append($"{relative}: {all.Count - PerFile} more warnings like these") : shown;
        });
}
