using System.Globalization;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Checks a study file's YAML against the definition types before it is read into them: every key known,
/// every value of the right kind (number, whole number, true/false, one of an enum's spellings, text, list,
/// mapping). All faults are reported, each at its line and column with its key path.
/// </summary>
internal sealed class StudyShapeCheck
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<StudyProblem> _problems = [];

    public static IReadOnlyList<StudyProblem> Check(YamlNode root)
    {
        var check = new StudyShapeCheck();
        check.Value(root, typeof(StudyDefinition), "", nullable: false);
        return check._problems;
    }

    private void Value(YamlNode node, Type type, string path, bool nullable)
    {
        if (IsNull(node))
        {
            if (!nullable)
            {
                Add(node, $"{path}: no value given; expected {Expected(type)}");
            }

            return;
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string) || plain == typeof(double) || plain == typeof(int) || plain == typeof(bool) || plain.IsEnum)
        {
            Scalar(node, plain, path);
        }
        else if (StudyKeys.ItemOf(plain) is { } item)
        {
            List(node, plain, item, path);
        }
        else if (StudyKeys.IsMap(plain))
        {
            Map(node, plain.GetGenericArguments()[1], path);
        }
        else if (plain == typeof(DenominatorDefinition) && node is YamlScalarNode)
        {
            Scalar(node, typeof(DenominatorGroup), path);
        }
        else
        {
            Definition(node, plain, path);
        }
    }

    private void Scalar(YamlNode node, Type type, string path)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            Add(node, $"{path}: expected {Expected(type)}, got {Kind(node)}");
            return;
        }

        var fits = type == typeof(string)
            || (type == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            || (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            || (type == typeof(bool) && bool.TryParse(text, out _))
            || (type.IsEnum && EnumSpelling.Parse(type, text) is not null);
        if (!fits)
        {
            var suggestion = type.IsEnum ? DidYouMean.Suggest(text, EnumSpelling.All(type)) : null;
            Add(node, $"{path}: expected {Expected(type)}, got '{text}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
    }

    private void List(YamlNode node, Type type, Type item, string path)
    {
        if (item == typeof(string) && node is YamlScalarNode)
        {
            return;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Add(node, $"{path}: expected {Expected(type)}, got {Kind(node)}");
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            Value(sequence.Children[i], item, $"{path}[{i}]", nullable: false);
        }
    }

    private void Map(YamlNode node, Type valueType, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Add(node, $"{path}: expected a mapping (key: value, ...), got {Kind(node)}");
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            Value(value, valueType, $"{path}.{(key as YamlScalarNode)?.Value}", nullable: false);
        }
    }

    private void Definition(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Add(node, $"{path}: expected a mapping (key: value, ...), got {Kind(node)}");
            return;
        }

        var keys = StudyKeys.Of(type);
        YamlScalarNode? previousKey = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var match = keys.FirstOrDefault(k => k.Key == key);
            if (match.Property is null)
            {
                Add(keyNode, UnknownKey(key, path, keys.Select(k => k.Key).ToList(), mapping, previousKey, value));
            }
            else
            {
                var state = _nullability.Create(match.Property).WriteState;
                Value(value, match.Property.PropertyType, Join(path, key), nullable: state == NullabilityState.Nullable);
            }

            previousKey = keyNode as YamlScalarNode;
        }
    }

    private static string UnknownKey(string key, string path, IReadOnlyList<string> allowed, YamlMappingNode mapping, YamlScalarNode? previousKey, YamlNode value)
    {
        var where = path.Length == 0 ? "at the top level" : $"in {path}";
        if (mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow && IsNull(value) && previousKey is not null
            && mapping.Children[previousKey] is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } before })
        {
            // { label: DA incidents per 1,000 residents }: the comma ended the label and began a key.
            return $"unknown key '{key}' {where}: a comma inside {{ }} ends a value; to keep it in {previousKey.Value}, quote it: {previousKey.Value}: \"{before},{key}\"";
        }

        var suggestion = DidYouMean.Suggest(key, allowed);
        return $"unknown key '{key}' {where}; " + (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"Allowed: {string.Join(", ", allowed)}";
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "something else",
    };

    private static string Expected(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(string) => "text",
            _ when plain == typeof(double) => "a number",
            _ when plain == typeof(int) => "a whole number",
            _ when plain == typeof(bool) => "true or false",
            _ when plain.IsEnum => $"one of {string.Join(", ", EnumSpelling.All(plain))}",
            _ when StudyKeys.ItemOf(plain) == typeof(string) => "a list of values",
            _ when StudyKeys.ItemOf(plain) is not null => "a list",
            _ => "a mapping (key: value, ...)",
        };
    }

    private void Add(YamlNode node, string text) => _problems.Add(new StudyProblem(node.Start.Line, node.Start.Column, text));
}
