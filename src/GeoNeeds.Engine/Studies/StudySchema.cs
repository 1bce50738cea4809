using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The JSON Schema of a study file, generated from the definition types with the framework's
/// <see cref="JsonSchemaExporter"/>: snake_case keys, enum spellings, the <see cref="DescriptionAttribute"/> texts,
/// no unknown keys. Editors with a YAML language server use it for completion and checks as you type.
/// </summary>
public static class StudySchema
{
    /// <summary>Where the schema is published in the repository, for the <c># yaml-language-server: $schema=</c> line.</summary>
    public const string RepositoryPath = "docs/study.schema.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
    };

    /// <summary>The schema as indented JSON text, ending in a newline.</summary>
    public static string Text()
    {
        var exporter = new JsonSchemaExporterOptions { TransformSchemaNode = Annotate, TreatNullObliviousAsNonNullable = true };
        var schema = Options.GetJsonSchemaAsNode(typeof(StudyDefinition), exporter).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", "GeoNeeds study file");
        return schema.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        // The reader takes one value where a list of values is expected, and a group name for a denominator.
        if (context.TypeInfo.Type == typeof(List<string>))
        {
            node = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, node) };
        }
        else if (context.TypeInfo.Type == typeof(DenominatorDefinition))
        {
            var group = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. EnumSpelling.All(typeof(DenominatorGroup)).Select(name => JsonValue.Create(name))]) };
            node = new JsonObject { ["anyOf"] = new JsonArray(group, node) };
        }

        if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true) is [DescriptionAttribute description, ..])
        {
            node.Insert(0, "description", description.Description);
        }

        return node;
    }
}
