using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>A <see cref="PointSelection"/> bound to the columns of one file.</summary>
internal sealed class PointFilter
{
    private readonly CsvColumn? _category;
    private readonly HashSet<string>? _categories;
    private readonly CsvColumn? _flag;
    private readonly HashSet<string> _flagValues;

    public PointFilter(PointSelection? selection, CsvTable table, CsvColumn? category)
    {
        _category = category;
        _categories = selection?.Categories is { } categories ? Trimmed(categories) : null;
        _flag = selection?.FlagColumn is { } flag ? table.Column(flag) : null;
        _flagValues = Trimmed(selection?.FlagValues ?? PointSelection.DefaultFlagValues);
    }

    /// <exception cref="ArgumentException">The selection names categories but the columns name no category column, or flag values without a flag column.</exception>
    public static void CheckCanApply(PointSelection? selection, PointColumns columns)
    {
        if (selection?.Categories is not null && columns.Category is null)
        {
            throw new ArgumentException("The selection keeps categories but PointColumns.Category names no category column.", nameof(selection));
        }

        if (selection?.FlagValues is not null && selection.FlagColumn is null)
        {
            throw new ArgumentException("The selection lists flag values but names no FlagColumn.", nameof(selection));
        }
    }

    public bool Selects(CsvRow row) =>
        (_categories is null || _categories.Contains(row[_category!.Value]))
        && (_flag is not { } flag || _flagValues.Contains(row[flag]));

    private static HashSet<string> Trimmed(IEnumerable<string> values) =>
        new(values.Select(value => value.Trim()), StringComparer.OrdinalIgnoreCase);
}
