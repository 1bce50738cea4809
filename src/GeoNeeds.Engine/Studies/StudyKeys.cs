using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The keys a study file may use, read from the definition types: their public settable properties in
/// snake_case, less those marked <see cref="YamlIgnoreAttribute"/>. The reader, its checks, the JSON Schema and
/// the README's reference all follow this one list.
/// </summary>
public static class StudyKeys
{
    /// <summary>The keys of a definition type, in declaration order (a base class's keys first).</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> Of(Type definition) =>
        definition.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .OrderBy(p => Depth(p.DeclaringType!))
            .Select(p => (UnderscoredNamingConvention.Instance.Apply(p.Name), p))
            .ToList();

    /// <summary>
    /// Every key path of a study file, as the README's reference lists them: <c>levels[].name</c>,
    /// <c>needs.refuge.provided</c> (a map of area codes to numbers is one key).
    /// </summary>
    public static IReadOnlyList<string> Paths() => PathsOf(typeof(StudyDefinition), "").ToList();

    /// <summary>The definition type a property's value is read into, or null for a plain value, list of values or map.</summary>
    internal static Type? DefinitionOf(Type type)
    {
        var item = ItemOf(type) ?? type;
        return item.IsClass && item != typeof(string) && !IsMap(item) ? item : null;
    }

    /// <summary>The element type of a list, or null.</summary>
    internal static Type? ItemOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    internal static bool IsMap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>);

    private static IEnumerable<string> PathsOf(Type definition, string prefix)
    {
        foreach (var (key, property) in Of(definition))
        {
            var path = prefix + key + (ItemOf(property.PropertyType) is not null && DefinitionOf(property.PropertyType) is not null ? "[]" : "");
            yield return path;
            if (DefinitionOf(property.PropertyType) is { } nested)
            {
                foreach (var inner in PathsOf(nested, path + "."))
                {
                    yield return inner;
                }
            }
        }
    }

    private static int Depth(Type type) => type.BaseType is null ? 0 : 1 + Depth(type.BaseType);
}
