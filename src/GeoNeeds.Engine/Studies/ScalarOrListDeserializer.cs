using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Lets a study file give one value where a list is expected (<c>files: a.csv</c> as well as
/// <c>files: [a.csv, b.csv]</c>), as people naturally write it.
/// </summary>
internal sealed class ScalarOrListDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        if (expectedType == typeof(List<string>) && reader.Current is Scalar scalar)
        {
            reader.MoveNext();
            value = new List<string> { scalar.Value };
            return true;
        }

        value = null;
        return false;
    }
}
