using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;
using nietras.SeparatedValues;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// Reads a point file in batches with Sep: splits the rows, applies the selection, numbers months and categories
/// and copies the coordinate and area-code text, leaving the rest of <see cref="PointFileReader"/>'s checks to the
/// join, which makes them on every core. Nothing is allocated per row.
/// </summary>
/// <remarks>
/// It reads plain rows only: the first row holding a quote, spanning lines or with the wrong number of fields
/// ends it, and <see cref="HandOverLine"/> says where <see cref="PointFileReader"/> must go on, so that such rows
/// get the general reader's handling and messages. The header is read and checked by <see cref="CsvTable"/>.
/// </remarks>
internal sealed class PointBatchReader : IDisposable
{
    private readonly string _path;
    private readonly ICollection<InputWarning>? _warnings;
    private readonly PointColumns _columns;
    private readonly (CsvColumn X, CsvColumn Y) _coordinates;
    private readonly (CsvColumn? Month, CsvColumn? Category, CsvColumn? AreaCode) _optional;
    private readonly int _fieldCount;
    private readonly PointFilter _filter;
    private readonly Windows1252Fallback _fallback;
    private readonly SepReader? _sep;
    private readonly List<(string? Period, bool Recognised)> _months = [];
    private bool _ended;

    private PointBatchReader(string path, PointColumns columns, PointSelection? selection, ICollection<InputWarning>? warnings)
    {
        (_path, _columns, _warnings) = (path, columns, warnings);
        using (var table = CsvTable.Open(path))
        {
            _coordinates = (table.Column(columns.X), table.Column(columns.Y));
            _optional = (Optional(table, columns.Month), Optional(table, columns.Category), Optional(table, columns.AreaCode));
            _filter = new PointFilter(selection, table, _optional.Category);
            _fieldCount = table.Columns.Count;
        }

        var text = TextFile.Open(path, out _fallback);
        try
        {
            _sep = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, DisableQuotesParsing = true }).From(text);
            HandOverLine = _sep.Header.ColNames.Count == _fieldCount ? null : 0;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            // A header Sep will not take (repeated names): the general reader reads the whole file.
            text.Dispose();
            HandOverLine = 0;
        }
    }

    /// <summary>The line from which <see cref="PointFileReader"/> must read the rest, once a row this reader leaves is met.</summary>
    public long? HandOverLine { get; private set; }

    /// <summary>The coordinate columns, for the join's checks and messages.</summary>
    public (CsvColumn X, CsvColumn Y) CoordinateColumns => _coordinates;

    /// <summary>The coordinate system the file's coordinates are in.</summary>
    public CoordinateSystem CoordinateSystem => _columns.CoordinateSystem;

    /// <summary>The distinct values of the category column.</summary>
    public DistinctValues Categories { get; } = new();

    /// <summary>The distinct values of the month column, as written.</summary>
    public DistinctValues Months { get; } = new();

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <exception cref="InputDataException">The file is missing, empty, not comma-delimited or lacks a named column.</exception>
    public static PointBatchReader Open(string path, PointColumns columns, PointSelection? selection, ICollection<InputWarning>? warnings)
    {
        PointFilter.CheckCanApply(selection, columns);
        return new PointBatchReader(path, columns, selection, warnings);
    }

    /// <summary>The period (<c>yyyy-MM</c> when recognised) of month number <paramref name="number"/>.</summary>
    public string? PeriodOf(int number) => number == DistinctValues.Empty ? null : _months[number].Period;

    /// <summary>Reads rows into <paramref name="batch"/> until it is full; false when nothing is left for this reader.</summary>
    public bool Fill(PointBatch batch)
    {
        batch.Clear();
        while (!batch.IsFull && HandOverLine is null && !_ended)
        {
            if (_sep!.MoveNext())
            {
                Read(_sep.Current, batch);
            }
            else
            {
                _ended = true;
                if (_fallback.Warning(_path) is { } warning)
                {
                    _warnings?.Add(warning);
                }
            }
        }

        return batch.Read > 0;
    }

    public void Dispose() => _sep?.Dispose();

    private void Read(SepReader.Row row, PointBatch batch)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount != _fieldCount || row.LineNumberToExcl != line + 1 || row.Span.Contains('"'))
        {
            HandOverLine = line;
            return;
        }

        batch.Read++;
        if (!_filter.Selects(Field(row, _filter.CategoryColumn), Field(row, _filter.FlagColumn)))
        {
            batch.NotSelected++;
            return;
        }

        var (x, y) = _coordinates;
        var month = MonthNumber(Field(row, _optional.Month));
        batch.Add(line, month, MonthProblem(month), Categories.NumberOf(Field(row, _optional.Category)), row[x.Index].Span, row[y.Index].Span, Field(row, _optional.AreaCode));
    }

    private int MonthNumber(ReadOnlySpan<char> field)
    {
        var number = Months.NumberOf(field);
        if (number == _months.Count)
        {
            var written = Months[number]!;
            var recognised = MonthText.TryRead(written, out var month);
            _months.Add((MonthText.Period(month), recognised));
        }

        return number;
    }

    /// <summary>Why month number <paramref name="number"/> is no month, as <see cref="PointFileReader"/> says it; <c>null</c> when it is one or no month column is named.</summary>
    private FieldProblem? MonthProblem(int number) => _optional.Month is not { } column ? null
        : number == DistinctValues.Empty ? new(RejectionReason.InvalidMonth, column.Name, MonthText.Problem(column.Name, ""))
        : _months[number].Recognised ? null
        : new(RejectionReason.InvalidMonth, column.Name, MonthText.Problem(column.Name, Months[number]!));

    private static ReadOnlySpan<char> Field(SepReader.Row row, CsvColumn? column) => column is { } present ? row[present.Index].Span : default;

    private static CsvColumn? Optional(CsvTable table, string? name) => name is null ? null : table.Column(name);
}
