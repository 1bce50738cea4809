using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>A <see cref="PointSelection"/> bound to the columns of one file.</summary>
internal sealed class PointFilter
{
    private readonly CsvColumn? _category;
    private readonly HashSet<string>? _categories;
    private readonly CsvColumn? _flag;
    private readonly HashSet<string> _flagValues;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _categoryLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _flagLookup;

    public PointFilter(PointSelection? selection, CsvTable table, CsvColumn? category)
    {
        _category = category;
        _categories = selection?.Categories is { } categories ? Trimmed(categories) : null;
        _flag = selection?.FlagColumn is { } flag ? table.Column(flag) : null;
        _flagValues = Trimmed(selection?.FlagValues ?? PointSelection.DefaultFlagValues);
        _categoryLookup = _categories?.GetAlternateLookup<ReadOnlySpan<char>>();
        _flagLookup = _flagValues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The column the category filter reads, if it reads one.</summary>
    public CsvColumn? CategoryColumn => _categories is null ? null : _category;

    /// <summary>The column the flag filter reads, if there is a flag filter.</summary>
    public CsvColumn? FlagColumn => _flag;

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
        Selects(CategoryColumn is { } category ? row[category] : default, _flag is { } flag ? row[flag] : default);

    /// <summary>The same decision from the text of the category and flag fields (surrounding spaces ignored), without making strings.</summary>
    public bool Selects(ReadOnlySpan<char> category, ReadOnlySpan<char> flag) =>
        (_categoryLookup is not { } categories || categories.Contains(category.Trim()))
        && (_flag is null || _flagLookup.Contains(flag.Trim()));

    private static HashSet<string> Trimmed(IEnumerable<string> values) =>
        new(values.Select(value => value.Trim()), StringComparer.OrdinalIgnoreCase);
}
