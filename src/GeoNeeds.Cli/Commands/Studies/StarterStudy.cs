namespace GeoNeeds.Cli.Commands.Studies;

/// <summary>The commented study that <c>geoneeds init</c> writes, headed by the line that points editors at the schema.</summary>
internal static class StarterStudy
{
    /// <summary>The schema's file name, written beside the study.</summary>
    public const string SchemaFileName = "geoneeds.schema.json";

    public static string Text()
    {
        using var stream = typeof(StarterStudy).Assembly.GetManifestResourceStream("GeoNeeds.Cli.starter-study.yaml")!;
        using var reader = new StreamReader(stream);
        return $"# yaml-language-server: $schema={SchemaFileName}\n" + reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
