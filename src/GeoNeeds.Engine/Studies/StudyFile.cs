using GeoNeeds.Engine.Io;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeoNeeds.Engine.Studies;

/// <summary>Reads a study file (YAML) into a checked <see cref="StudyDefinition"/>.</summary>
public static class StudyFile
{
    /// <exception cref="InputDataException">The file is missing, is not valid YAML, has an unknown key, or fails a check.</exception>
    public static StudyDefinition Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputDataException(path, "study file not found");
        }

        var study = Parse(File.ReadAllText(path), path);
        study.SourcePath = path;
        study.BaseFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        StudyValidator.Validate(study);
        return study;
    }

    /// <summary>Checks a study built in code (as <c>count-points</c> does) the way <see cref="Load"/> checks a file.</summary>
    /// <exception cref="InputDataException">A check fails.</exception>
    public static void Validate(StudyDefinition study) => StudyValidator.Validate(study);

    /// <summary>Parses YAML text; <paramref name="path"/> is only used in messages.</summary>
    public static StudyDefinition Parse(string yaml, string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithNodeDeserializer(new ScalarOrListDeserializer(), where => where.OnTop())
            .WithNodeDeserializer(new DenominatorDeserializer(), where => where.OnTop())
            .Build();
        try
        {
            return deserializer.Deserialize<StudyDefinition?>(yaml) ?? throw new InputDataException(path, "study file is empty");
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException?.Message ?? e.Message).Replace("Property", "key", StringComparison.Ordinal);
            throw new InputDataException(path, e.Start.Line, $"column {e.Start.Column}", problem);
        }
    }

    /// <summary>
    /// Resolves a path or file-name wildcard pattern (<c>data/incidents/*-street.csv</c>) against the study
    /// folder, in ordinal order so runs are reproducible.
    /// </summary>
    public static IReadOnlyList<string> ResolveFiles(StudyDefinition study, string pattern)
    {
        var full = Resolve(study, pattern);
        var name = Path.GetFileName(full);
        if (name.IndexOfAny(['*', '?']) < 0)
        {
            return [full];
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, name).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>
    /// <paramref name="path"/> relative to the study folder, as outputs name input files: reports stay
    /// readable and do not publish the analyst's folder layout. A name that is not a path (a database table) is kept.
    /// </summary>
    public static string Relative(StudyDefinition study, string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(study.BaseFolder, path).Replace('\\', '/') : path;

    /// <summary>An absolute path for <paramref name="path"/> relative to the study folder.</summary>
    public static string Resolve(StudyDefinition study, string path) => Path.GetFullPath(Path.Combine(study.BaseFolder, path));
}
