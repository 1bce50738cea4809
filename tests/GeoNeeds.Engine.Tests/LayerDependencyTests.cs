using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests;

/// <summary>
/// The engine's layers depend one way only, checked on the compiled assembly (method bodies included) so a
/// backward use fails here with the offending pairs rather than surfacing later as a tangle.
/// </summary>
public class LayerDependencyTests
{
    private const string Engine = "GeoNeeds.Engine";

    /// <summary>
    /// Each layer (a top folder of src/GeoNeeds.Engine) and the other layers it may use. Accounting, Geo (areas,
    /// coordinate systems, contiguity), Stats (pure functions over plain numbers) and Export (table and map writers)
    /// use none; the readers build Geo's areas; the join places what Io read; indicators combine all of those; Outcomes analyses a service's matched intake and exit forms;
    /// Database is the PostGIS route for reading, joining and writing; Publish (row layouts, disclosure control, the
    /// data dictionary) decides how results are published; PlainTables runs an indicator over a plain CSV (the
    /// indicator verbs); Studies runs everything end to end.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        ["Accounting"] = [],
        ["Geo"] = [],
        ["Stats"] = [],
        ["Export"] = [],
        ["Io"] = ["Accounting", "Geo", "Stats"],
        ["Join"] = ["Accounting", "Geo", "Io"],
        ["Indicators"] = ["Accounting", "Geo", "Io", "Join", "Stats", "Export"],
        ["Database"] = ["Accounting", "Geo", "Io", "Join", "Export"],
        ["Outcomes"] = ["Accounting", "Io", "Stats"],
        ["Publish"] = ["Export", "Indicators", "Outcomes", "Stats"],
        ["PlainTables"] = ["Io", "Stats", "Indicators", "Export", "Publish"],
        ["Studies"] = ["Accounting", "Geo", "Io", "Join", "Stats", "Indicators", "Outcomes", "Export", "Database", "Publish"],
    };

    /// <summary>What statistics never touch: geometry, projections, databases, file formats, files and the console.</summary>
    private static readonly string[] NotInStats =
    [
        "NetTopologySuite.", "ProjNet.", "Npgsql", "Microsoft.Data.", "CsvHelper", "nietras.SeparatedValues", "YamlDotNet",
        "System.Console", "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "System.IO.StreamReader", "System.IO.StreamWriter",
    ];

    private static readonly Lazy<IReadOnlyList<TypeDependency>> Dependencies = new(() => TypeDependencies.Of(typeof(Study).Assembly.Location));

    [Fact]
    public void EngineLayers_UseOnlyTheLayersTheirRuleAllows()
    {
        var backward = Dependencies.Value
            .Where(d => Layer(d.TypeNamespace) is { } from && Layer(d.UsedNamespace) is { } to && from != to && !MayUse[from].Contains(to))
            .Select(d => $"{Layer(d.TypeNamespace)} → {Layer(d.UsedNamespace)}: {d}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(backward.Count == 0, $"{backward.Count} uses against the layer rule:\n{string.Join('\n', backward)}");
    }

    [Fact]
    public void EngineNamespaces_EachBelongToALayerWithARule()
    {
        var unruled = Dependencies.Value.Select(d => d.TypeNamespace)
            .Where(ns => ns.StartsWith(Engine + ".", StringComparison.Ordinal) && !MayUse.ContainsKey(Layer(ns)!))
            .Distinct()
            .ToList();

        Assert.True(unruled.Count == 0, $"Give these namespaces a place in {nameof(MayUse)}: {string.Join(", ", unruled)}");
    }

    [Fact]
    public void LayerRule_RunsOneWay()
    {
        // Depth-first walk of the rule itself: a layer that can reach itself again would allow a cycle.
        var cycles = MayUse.Keys.Where(layer => Reaches(layer, layer, [])).ToList();

        Assert.Empty(cycles);
    }

    [Fact]
    public void StatsTypes_UseNoGeometryDatabaseFileOrConsole()
    {
        var impure = Dependencies.Value
            .Where(d => Layer(d.TypeNamespace) == "Stats" && NotInStats.Any(n => d.Used.StartsWith(n, StringComparison.Ordinal)))
            .Select(d => d.ToString())
            .ToList();

        Assert.True(impure.Count == 0, $"Stats must stay pure:\n{string.Join('\n', impure)}");
    }

    [Fact]
    public void EngineTypes_NeverUseTheConsole()
    {
        // The engine reports through return values, rejections, warnings and IProgress; the CLI decides what to print.
        var console = Dependencies.Value.Where(d => d.Used == "System.Console").Select(d => d.ToString()).ToList();

        Assert.True(console.Count == 0, string.Join('\n', console));
    }

    [Fact]
    public void TypeDependencies_SeeUsesInsideMethodBodies()
    {
        // HotSpotAnalysis.Run builds its contiguity inside the method: no signature of it mentions ContiguityWeights.
        Assert.Contains(Dependencies.Value, d => d.Type == "GeoNeeds.Engine.Indicators.HotSpotAnalysis" && d.Used == "GeoNeeds.Engine.Geo.ContiguityWeights");
    }

    /// <summary>The layer of a namespace: <c>GeoNeeds.Engine.Io.Points</c> → <c>Io</c>; null outside the engine's layers.</summary>
    private static string? Layer(string ns) =>
        ns.StartsWith(Engine + ".", StringComparison.Ordinal) ? ns[(Engine.Length + 1)..].Split('.')[0] : null;

    private static bool Reaches(string from, string target, HashSet<string> seen) =>
        MayUse[from].Any(next => next == target || (seen.Add(next) && Reaches(next, target, seen)));
}
