using System.Reflection;
using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// How a study file spells the values of its enums (<c>police-uk</c>, <c>area-code</c>): the
/// <see cref="JsonStringEnumMemberNameAttribute"/> of each member, so the YAML reader, messages and the JSON
/// Schema share one spelling.
/// </summary>
internal static class EnumSpelling
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of(typeof(T), value);

    /// <summary>The spellings of every value of <paramref name="enumType"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(NameOf).ToList();

    /// <summary>The value spelled <paramref name="text"/> (exactly), or null.</summary>
    public static object? Parse(Type enumType, string text) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => NameOf(f) == text)?.GetValue(null);

    private static string Of(Type enumType, object value) =>
        NameOf(enumType.GetField(value.ToString()!)!);

    private static string NameOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name.ToLowerInvariant();
}
