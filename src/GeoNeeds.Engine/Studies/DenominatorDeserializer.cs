using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>Lets a study file name a denominator by its group (<c>denominator: children</c>) as well as give a table.</summary>
internal sealed class DenominatorDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        if (expectedType == typeof(DenominatorDefinition) && reader.Current is Scalar scalar)
        {
            reader.MoveNext();
            value = new DenominatorDefinition { Group = (DenominatorGroup?)EnumSpelling.Parse(typeof(DenominatorGroup), scalar.Value) };
            return true;
        }

        value = null;
        return false;
    }
}
