namespace GeoNeeds.Synthetic;

/// <summary>The demo study file that runs on the synthetic town's files (<c>demo-study.yaml</c> beside them).</summary>
public static class DemoStudy
{
    /// <summary>The study file's name inside the demo data folder.</summary>
    public const string FileName = "demo-study.yaml";

    /// <summary>The study file's text, embedded in this assembly so an installed tool can run the demo anywhere.</summary>
    public static string Yaml()
    {
        using var stream = typeof(DemoStudy).Assembly.GetManifestResourceStream("GeoNeeds.Synthetic.demo-study.yaml")
            ?? throw new InvalidOperationException("The demo study resource is missing from the GeoNeeds.Synthetic assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
