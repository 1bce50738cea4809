using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Finds where a key path of a check's message (<c>indicators.da_incidents.per</c>, <c>graphics.maps[0].value</c>)
/// is in the study file: a list item is named by its <c>name:</c> or its index. Where the path leads beyond the
/// file (a key left out), the nearest enclosing node is the place.
/// </summary>
internal static partial class KeyPathLocator
{
    public static (long Line, long Column) Locate(YamlNode root, string path)
    {
        var node = root;
        foreach (var segment in path.Split('.').Select(part => Segment().Match(part)))
        {
            var next = Step(node, segment.Groups["key"].Value);
            foreach (Capture index in segment.Groups["index"].Captures)
            {
                next = next is YamlSequenceNode sequence && int.Parse(index.Value) < sequence.Children.Count ? sequence.Children[int.Parse(index.Value)] : null;
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        return (node.Start.Line, node.Start.Column);
    }

    private static YamlNode? Step(YamlNode node, string key) => node switch
    {
        YamlMappingNode mapping => mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null,
        YamlSequenceNode sequence => sequence.Children.FirstOrDefault(item =>
            item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("name"), out var name) && (name as YamlScalarNode)?.Value == key),
        _ => null,
    };

    [GeneratedRegex(@"^(?<key>[^\[\]]*)(\[(?<index>\d+)\])*")]
    private static partial Regex Segment();
}
