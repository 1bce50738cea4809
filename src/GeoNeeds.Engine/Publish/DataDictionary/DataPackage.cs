using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Publish.DataDictionary;

/// <summary>
/// The machine-readable data dictionary written beside a run's outputs as <c>datapackage.json</c>: a Frictionless
/// Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/) with a Table Schema per CSV —
/// fields, types, units, descriptions — plus the suppression rule, the sources and their licences.
/// </summary>
/// <param name="Name">Lower-case, URL-safe name of the package.</param>
/// <param name="Suppression">The disclosure rule in words (a GeoNeeds extension property).</param>
/// <param name="Spatial">The levels' GeoJSON, TopoJSON and GeoPackage outputs and their feature properties (a GeoNeeds extension property).</param>
public sealed record DataPackage(
    string Name,
    string Title,
    string Description,
    string Suppression,
    IReadOnlyList<PackageLicence> Licenses,
    IReadOnlyList<PackageSource> Sources,
    IReadOnlyList<DataResource> Resources,
    IReadOnlyList<SpatialLayer>? Spatial = null)
{
    /// <summary>What a Tabular Data Package declares itself as.</summary>
    public string Profile => "tabular-data-package";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A package name from a title: lower case, letters, digits and single hyphens.</summary>
    public static string NameOf(string title)
    {
        var name = new StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                name.Append(ch);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        return name.ToString().Trim('-') is { Length: > 0 } text ? text : "geoneeds-outputs";
    }

    /// <summary>The licences named by a run's attribution lines (the Open Government Licence for ONS and police.uk data).</summary>
    public static IReadOnlyList<PackageLicence> LicencesIn(IEnumerable<string> attribution) =>
        attribution.Any(line => line.Contains("Open Government Licence", StringComparison.OrdinalIgnoreCase))
            ? [new PackageLicence("OGL-UK-3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "Open Government Licence v3.0")]
            : [];

    /// <summary>Writes the package as JSON to <paramref name="path"/>, atomically.</summary>
    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions) + "\n");
}

/// <summary>A licence of the package's sources.</summary>
public sealed record PackageLicence(string Name, string Path, string Title);

/// <summary>A source the outputs were built from, as its attribution line says.</summary>
public sealed record PackageSource(string Title);

/// <summary>One CSV of the outputs with its Table Schema.</summary>
public sealed record DataResource(string Name, string Path, TableSchema Schema)
{
    public string Profile => "tabular-data-resource";

    public string Format => "csv";

    public string Mediatype => "text/csv";

    public string Encoding => "utf-8";
}

/// <summary>A Frictionless Table Schema: the fields in column order; <c>*</c> (a withheld count) and empty cells read as missing.</summary>
public sealed record TableSchema(IReadOnlyList<TableField> Fields)
{
    public IReadOnlyList<string> MissingValues => ["", Disclosure.DisclosureDecision.WithheldMark];
}
