using System.Reflection;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class StatsArchitectureTests
{
    [Fact]
    public void StatsTypes_SignaturesMentionNoGeometryType()
    {
        // Project rule: statistics are pure functions over plain numbers, so nothing in Engine.Stats takes,
        // returns or stores a NetTopologySuite type.
        const BindingFlags everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var statsTypes = typeof(CrudeRate).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(typeof(CrudeRate).Namespace!, StringComparison.Ordinal) == true).ToList();

        var geometryMentions = statsTypes
            .SelectMany(t => t.GetMembers(everything).SelectMany(m => SignatureTypes(m).Select(used => $"{t.Name}.{m.Name}: {used.FullName}")))
            .Where(mention => mention.Contains("NetTopologySuite", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(statsTypes);
        Assert.Empty(geometryMentions);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        FieldInfo field => [field.FieldType],
        PropertyInfo property => [property.PropertyType],
        MethodBase method => method.GetParameters().Select(p => p.ParameterType)
            .Concat(method is MethodInfo info ? [info.ReturnType] : []),
        _ => [],
    };
}
