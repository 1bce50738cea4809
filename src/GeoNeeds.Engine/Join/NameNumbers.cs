using System.Runtime.InteropServices;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Numbers each distinct name (an area code, a month, a category) in the order it is first seen, so that count
/// tables hold small integers instead of strings, and ranks the names in ordinal order for sorted output.
/// </summary>
internal sealed class NameNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public string this[int number] => _names[number];

    /// <summary>The name's number, adding it when it is new.</summary>
    public int Of(string name)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, name, out var exists);
        if (!exists)
        {
            number = _names.Count;
            _names.Add(name);
        }

        return number;
    }

    /// <summary>The name's number, or -1 when it has not been seen.</summary>
    public int Find(string name) => _numbers.GetValueOrDefault(name, -1);

    /// <summary>Each number's position when the names are sorted ordinally.</summary>
    public int[] OrdinalRanks()
    {
        var order = Enumerable.Range(0, _names.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_names[a], _names[b]));
        var ranks = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
