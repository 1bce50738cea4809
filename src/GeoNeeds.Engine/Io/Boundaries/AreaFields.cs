using System.Text.RegularExpressions;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// The properties that hold each area's code and name, as given in the options or detected from the first
/// feature's property names.
/// </summary>
/// <param name="Code">The code property (e.g. <c>LSOA11CD</c>).</param>
/// <param name="Name">The name property (e.g. <c>LSOA11NM</c>), or <c>null</c> when areas are named by their code.</param>
internal sealed partial record AreaFields(string Code, string? Name)
{
    /// <summary>The property holding each area's parent code, when the options name one.</summary>
    public string? Parent { get; init; }

    /// <summary>
    /// Chooses the code and name properties. Detection takes the first property whose name ends with <c>CD</c>,
    /// preferring ONS-style names of letters, a two-digit year and <c>CD</c> (<c>LSOA11CD</c>, <c>WD13CD</c>) over
    /// others (<c>LAD_CD</c>), so <c>LSOA11CD</c> wins over <c>LAD_CD</c> wherever it stands and the first of
    /// <c>LSOA11CD</c>, <c>LAD13CD</c> wins; the name is the code's <c>…NM</c> partner when there is one.
    /// </summary>
    /// <exception cref="InputDataException">A named property is absent, or no property looks like a code.</exception>
    public static AreaFields Choose(string file, IAttributesTable? firstFeature, BoundaryReadOptions options)
    {
        var names = firstFeature?.GetNames() ?? [];
        var code = options.CodeField is { } codeField
            ? Require(file, names, codeField, "code")
            : DetectCode(file, names);
        var name = options.NameField is { } nameField
            ? Require(file, names, nameField, "name")
            : Find(names, code[..^2] + "NM");
        var parent = options.ParentField is { } parentField ? Require(file, names, parentField, "parent code") : null;
        return new AreaFields(code, name) { Parent = parent };
    }

    private static string DetectCode(string file, string[] names)
    {
        var candidates = names.Where(n => n.EndsWith("CD", StringComparison.OrdinalIgnoreCase)).ToList();
        return candidates.FirstOrDefault(n => OnsCodeName().IsMatch(n))
            ?? candidates.FirstOrDefault()
            ?? throw new InputDataException(file, 1, "", $"no property of feature 1 looks like an area code (a name ending in CD, e.g. LSOA11CD); its properties are: {Listed(names)}. Name the code property in the boundary options.");
    }

    private static string Require(string file, string[] names, string wanted, string role) =>
        Find(names, wanted)
        ?? throw new InputDataException(file, 1, wanted, $"feature 1 has no {role} property '{wanted}'; its properties are: {Listed(names)}.");

    /// <summary>The property called <paramref name="wanted"/>, spelled exactly or else in any letter case.</summary>
    private static string? Find(string[] names, string wanted) =>
        Array.Find(names, n => n == wanted) ?? Array.Find(names, n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));

    private static string Listed(string[] names) => names.Length == 0 ? "(none)" : string.Join(", ", names);

    [GeneratedRegex("^[A-Za-z]+[0-9]{2}CD$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnsCodeName();
}
