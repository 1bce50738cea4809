using System.Reflection;
using System.Runtime.CompilerServices;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

public class StudyDefinitionImmutabilityTests
{
    public static TheoryData<Type> DefinitionTypes() => [.. Definitions()];

    [Theory]
    [MemberData(nameof(DefinitionTypes))]
    public void Definition_PropertiesAreSetOnlyWhenParsed_NeverAfterwards(Type definition)
    {
        var mutable = definition.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);

        Assert.Empty(mutable);
    }

    [Fact]
    public void DefinitionTypes_CoverTheWholeStudyFile()
    {
        var types = Definitions();

        Assert.Contains(typeof(StudyDefinition), types);
        Assert.Contains(typeof(LevelDefinition), types);
        Assert.Contains(typeof(GraphicsDefinition), types);
        Assert.True(types.Count >= 20, $"only {types.Count} definition types found");
    }

    /// <summary>Every type the study file is parsed into: the *Definition and *Need types of the Studies namespaces.</summary>
    private static List<Type> Definitions() =>
        [.. typeof(StudyDefinition).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(typeof(StudyDefinition).Namespace!, StringComparison.Ordinal) == true && t.IsPublic && SetterOwner(t))];

    private static bool SetterOwner(Type type) =>
        type.IsClass && (type.Name.EndsWith("Definition", StringComparison.Ordinal) || type.Name.EndsWith("Need", StringComparison.Ordinal));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
