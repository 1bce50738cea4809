namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// The distinct values met in one column, each kept once as a string and numbered in order of first appearance.
/// A field is looked up by its characters, so a column of a million rows with a dozen values makes a dozen strings.
/// </summary>
internal sealed class DistinctValues
{
    /// <summary>The number standing for an empty field.</summary>
    public const int Empty = -1;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _values = [];

    public DistinctValues() => _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct values have been met.</summary>
    public int Count => _values.Count;

    /// <summary>The value numbered <paramref name="number"/>, or <c>null</c> for <see cref="Empty"/>.</summary>
    public string? this[int number] => number == Empty ? null : _values[number];

    /// <summary>The number of <paramref name="field"/> (surrounding spaces ignored), adding it when new; <see cref="Empty"/> when it is empty.</summary>
    public int NumberOf(ReadOnlySpan<char> field)
    {
        var value = field.Trim();
        if (value.IsEmpty)
        {
            return Empty;
        }

        if (!_lookup.TryGetValue(value, out var number))
        {
            number = _values.Count;
            var text = value.ToString();
            _values.Add(text);
            _numbers.Add(text, number);
        }

        return number;
    }
}
