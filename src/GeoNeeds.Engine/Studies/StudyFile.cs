using GeoNeeds.Engine.Io;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace GeoNeeds.Engine.Studies;

/// <summary>Reads a study file (YAML) into a checked <see cref="StudyDefinition"/>.</summary>
public static class StudyFile
{
    private const string DuplicateKey = "Duplicate key ";

    /// <exception cref="InputDataException">The file is missing, is not valid YAML, has an unknown key or a value of the wrong kind, or fails a check.</exception>
    public static StudyDefinition Load(string path)
    {
        var (study, problems) = Check(path);
        return problems.Count == 0 ? study! : throw Failure(path, problems);
    }

    /// <summary>
    /// Reads and checks a study file without reading its data: every fault in the file's keys and values, or
    /// else the first fault of each part in the checks between parts (an indicator of an unknown input, a missing file).
    /// </summary>
    public static (StudyDefinition? Study, IReadOnlyList<StudyProblem> Problems) Check(string path)
    {
        if (!File.Exists(path))
        {
            return (null, [new StudyProblem(0, 0, "study file not found")]);
        }

        var (study, root, problems) = Read(File.ReadAllText(path), path);
        if (study is null)
        {
            return (null, problems);
        }

        var faults = StudyValidator.Faults(study);
        return faults.Count == 0 ? (study, []) : (null, [.. faults.Select(fault => Locate(fault, path, root!))]);
    }

    /// <summary>A validator's fault placed at its key in the study file; a fault of another file keeps its own message.</summary>
    private static StudyProblem Locate(InputDataException fault, string path, YamlNode root)
    {
        if (fault.Line != 0 || fault.File != path || fault.Field.Length == 0)
        {
            return new StudyProblem(0, 0, fault.Message);
        }

        var (line, column) = KeyPathLocator.Locate(root, fault.Field);
        return new StudyProblem(line, column, $"{fault.Field}: {fault.Problem}");
    }

    /// <summary>Checks a study built in code (as <c>count-points</c> does) the way <see cref="Load"/> checks a file.</summary>
    /// <exception cref="InputDataException">A check fails.</exception>
    public static void Validate(StudyDefinition study) => StudyValidator.Validate(study);

    /// <summary>Parses YAML text, checking its keys and values but not how its parts fit; <paramref name="path"/> places it and names it in messages.</summary>
    /// <exception cref="InputDataException">The text is not valid YAML, has an unknown key or a value of the wrong kind.</exception>
    public static StudyDefinition Parse(string yaml, string path)
    {
        var (study, _, problems) = Read(yaml, path);
        return study ?? throw Failure(path, problems);
    }

    private static (StudyDefinition? Study, YamlNode? Root, IReadOnlyList<StudyProblem> Problems) Read(string yaml, string path)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var problem = e.Message.StartsWith(DuplicateKey, StringComparison.Ordinal)
                ? $"key '{e.Message[DuplicateKey.Length..]}' is given twice"
                : $"not valid YAML: {e.Message}";
            return (null, null, [new StudyProblem(e.Start.Line, e.Start.Column, problem)]);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet fails this way, without a position, on some broken text (two aliases in a row, a bracket left
            // open at the end; found by fuzzing): the start of the last part it read is as near to the fault as can be told.
            var last = parser.Current?.Start ?? Mark.Empty;
            return (null, null, [new StudyProblem(last.Line, last.Column, "not valid YAML: the text from here on cannot be read")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (null, null, [new StudyProblem(0, 0, "study file is empty")]);
        }

        var root = stream.Documents[0].RootNode;
        var problems = StudyShapeCheck.Check(root);
        if (problems.Count > 0)
        {
            return (null, root, problems);
        }

        try
        {
            return (Deserializer(path).Deserialize<StudyDefinition>(yaml), root, []);
        }
        catch (YamlException e)
        {
            // The shape check leaves little for the reader to refuse; whatever it does is reported in the same form.
            return (null, root, [new StudyProblem(e.Start.Line, e.Start.Column, (e.InnerException ?? e).Message)]);
        }
    }

    private static IDeserializer Deserializer(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithObjectFactory(type => type == typeof(StudyDefinition) ? new StudyDefinition { SourcePath = path, BaseFolder = folder } : Activator.CreateInstance(type)!)
            .WithNodeDeserializer(new ScalarOrListDeserializer(), where => where.OnTop())
            .WithNodeDeserializer(new DenominatorDeserializer(), where => where.OnTop())
            .WithNodeDeserializer(new EnumDeserializer(), where => where.Before<ScalarNodeDeserializer>())
            .Build();
    }

    private static InputDataException Failure(string path, IReadOnlyList<StudyProblem> problems)
    {
        var first = problems[0];
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more: geoneeds validate lists them all)" : "";
        return first.Line > 0
            ? new InputDataException(path, first.Line, first.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), first.Text + more)
            : new InputDataException(path, first.Text + more);
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
