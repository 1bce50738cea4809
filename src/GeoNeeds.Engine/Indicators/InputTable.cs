namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// The rows of a plain CSV read for an indicator, each with its values and every original field, so that columns
/// the indicator does not use pass through to its output unchanged.
/// </summary>
/// <param name="Name">The file or stream name, for messages.</param>
/// <param name="Columns">The header, in file order.</param>
/// <param name="Rows">The data rows, in file order.</param>
public sealed record InputTable<T>(string Name, IReadOnlyList<string> Columns, IReadOnlyList<InputRow<T>> Rows)
{
    /// <summary>The values of the rows, in file order.</summary>
    public IReadOnlyList<T> Values => [.. Rows.Select(row => row.Value)];
}

/// <summary>One data row: the physical line it starts on, its values and its original fields (trimmed).</summary>
public sealed record InputRow<T>(long Line, T Value, IReadOnlyList<string> Fields);
