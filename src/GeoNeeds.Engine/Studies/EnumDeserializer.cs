using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>Reads an enum from its study-file spelling (<c>format: police-uk</c>); see <see cref="EnumSpelling"/>.</summary>
internal sealed class EnumDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var enumType = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        if (enumType.IsEnum && reader.Current is Scalar scalar)
        {
            reader.MoveNext();
            value = EnumSpelling.Parse(enumType, scalar.Value)
                ?? throw new YamlException(scalar.Start, scalar.End, $"expected one of {string.Join(", ", EnumSpelling.All(enumType))}, got '{scalar.Value}'");
            return true;
        }

        value = null;
        return false;
    }
}
