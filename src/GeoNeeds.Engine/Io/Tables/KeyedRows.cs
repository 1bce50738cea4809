namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Collects one value per key from a reference table (an area code, a postcode), refusing a key that comes
/// twice: a second rank or population for one area would make every figure built on it ambiguous.
/// </summary>
/// <param name="table">The table being read, for messages.</param>
/// <param name="keyColumn">The key's column, for messages.</param>
/// <param name="allowIdenticalRepeats">
/// Whether a key may come again with an equal value (a lookup listing one child twice, identically).
/// </param>
internal sealed class KeyedRows<TValue>(CsvTable table, CsvColumn keyColumn, bool allowIdenticalRepeats = false)
{
    private readonly Dictionary<string, (TValue Value, long Line)> _rows = new(StringComparer.Ordinal);

    public int Count => _rows.Count;

    /// <exception cref="InputDataException">The key was already read (with a different value, when repeats are allowed).</exception>
    public void Add(string key, TValue value, long line)
    {
        if (_rows.TryAdd(key, (value, line)))
        {
            return;
        }

        var first = _rows[key];
        if (allowIdenticalRepeats && EqualityComparer<TValue>.Default.Equals(first.Value, value))
        {
            return;
        }

        var problem = allowIdenticalRepeats
            ? $"'{key}' is listed again with different values (first on line {first.Line})"
            : $"duplicate '{key}' (first on line {first.Line})";
        throw new InputDataException(table.File, line, keyColumn.Name, problem);
    }

    public Dictionary<string, TValue> ToDictionary() =>
        _rows.ToDictionary(pair => pair.Key, pair => pair.Value.Value, StringComparer.Ordinal);
}
