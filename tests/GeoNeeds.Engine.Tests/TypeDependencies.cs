using Mono.Cecil;
using Mono.Cecil.Cil;

namespace GeoNeeds.Engine.Tests;

/// <summary>A compiled type and a type it uses, both by full name, with the namespace each is declared in.</summary>
internal sealed record TypeDependency(string Type, string TypeNamespace, string Used, string UsedNamespace)
{
    public override string ToString() => $"{Type} → {Used}";
}

/// <summary>
/// Every type a compiled assembly's types use, read from the assembly itself with Mono.Cecil: base types,
/// interfaces, attributes, fields, properties, events, method signatures, locals, caught exceptions and every type,
/// method and field an instruction names, so a use inside a method body counts as much as one in a signature.
/// </summary>
/// <remarks>
/// Compiler-made types (lambdas' closures, iterators, async state machines) count as the type that declares them,
/// and nested types as their outermost declaring type, whose namespace they share.
/// </remarks>
internal static class TypeDependencies
{
    /// <summary>The distinct (type → used type) pairs of the assembly at <paramref name="path"/>, a type's use of itself left out.</summary>
    public static IReadOnlyList<TypeDependency> Of(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        return [.. module.Types.SelectMany(Uses).Distinct()];
    }

    private static IEnumerable<TypeDependency> Uses(TypeDefinition type) =>
        AllNested(type)
            .SelectMany(UsedBy)
            .Select(Outermost)
            .Where(used => used is not null && used.FullName != type.FullName)
            .Select(used => new TypeDependency(type.FullName, type.Namespace, used!.FullName, used.Namespace));

    private static IEnumerable<TypeDefinition> AllNested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(AllNested)];

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        var used = new List<TypeReference>();
        used.AddRange(type.BaseType is null ? [] : [type.BaseType]);
        used.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        used.AddRange(Attributes(type));
        used.AddRange(type.GenericParameters.SelectMany(p => p.Constraints.Select(c => c.ConstraintType)));
        used.AddRange(type.Fields.SelectMany(f => Attributes(f).Prepend(f.FieldType)));
        used.AddRange(type.Properties.SelectMany(p => Attributes(p).Prepend(p.PropertyType)));
        used.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            used.AddRange(Attributes(method));
            used.AddRange(Signature(method));
            if (method.HasBody)
            {
                used.AddRange(method.Body.Variables.Select(v => v.VariableType));
                used.AddRange(method.Body.ExceptionHandlers.Where(h => h.CatchType is not null).Select(h => h.CatchType));
                used.AddRange(method.Body.Instructions.SelectMany(Operand));
            }
        }

        return used.SelectMany(Expand);
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.Select(a => a.AttributeType);

    private static IEnumerable<TypeReference> Signature(MethodReference method) =>
        method.Parameters.Select(p => p.ParameterType).Prepend(method.ReturnType).Prepend(method.DeclaringType)
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments : []);

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        MethodReference method => Signature(method),
        FieldReference field => [field.DeclaringType, field.FieldType],
        _ => [],
    };

    /// <summary>A type with the element and argument types it is built from: <c>List&lt;Area&gt;[]</c> uses List and Area.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type) => type switch
    {
        GenericParameter => [],
        GenericInstanceType generic => Expand(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Expand)),
        TypeSpecification specification => Expand(specification.ElementType),
        _ => [type],
    };

    private static TypeReference? Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
