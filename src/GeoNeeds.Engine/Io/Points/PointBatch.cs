using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// A run of consecutive rows of one point file between the batch reader and the join. The reader fills in, for
/// each selected row, its line, its month and category (as numbers in the reader's distinct values) and the text
/// of its coordinate and area-code fields; the join parses and places the rows on any thread and records the
/// rejections in row order. Batches are reused, so reading allocates nothing per row.
/// </summary>
internal sealed class PointBatch(int capacity)
{
    private char[] _text = new char[capacity * 32];
    private int _textLength;

    public long[] Line { get; } = new long[capacity];

    public int[] Month { get; } = new int[capacity];

    public int[] Category { get; } = new int[capacity];

    /// <summary>Where each row's x, y and area-code text starts in the batch's text, and their lengths.</summary>
    public (int Start, int X, int Y, int Code)[] Fields { get; } = new (int, int, int, int)[capacity];

    /// <summary>Per row, why its month is no month (the reader's finding, for the join to reject it by), or <c>null</c>.</summary>
    public FieldProblem?[] MonthProblem { get; } = new FieldProblem?[capacity];

    /// <summary>How many selected rows the arrays hold.</summary>
    public int Count { get; private set; }

    public bool IsFull => Count == Line.Length;

    /// <summary>Rows read into this batch, selected or not.</summary>
    public long Read { get; set; }

    /// <summary>Rows outside the study's selection.</summary>
    public long NotSelected { get; set; }

    /// <summary>Rows the join counted in an area.</summary>
    public long Matched { get; set; }

    /// <summary>Per row, the coordinates in the layer's system once the join has parsed them.</summary>
    public double[] XValue { get; } = new double[capacity];

    /// <inheritdoc cref="XValue"/>
    public double[] YValue { get; } = new double[capacity];

    /// <summary>Per row, the layer index of the area the join placed it in, or -1.</summary>
    public int[] Area { get; } = new int[capacity];

    /// <summary>Per row, why it cannot be counted (its coordinates are not a place, or then its month is no month), when it cannot.</summary>
    public FieldProblem?[] Problem { get; } = new FieldProblem?[capacity];

    /// <summary>Scratch for the join: the located rows in the order it places them.</summary>
    public int[] Order { get; } = new int[capacity];

    /// <summary>The join's rejections, in row order.</summary>
    public List<Rejection> Rejections { get; } = [];

    public ReadOnlySpan<char> X(int row) => _text.AsSpan(Fields[row].Start, Fields[row].X);

    public ReadOnlySpan<char> Y(int row) => _text.AsSpan(Fields[row].Start + Fields[row].X, Fields[row].Y);

    public ReadOnlySpan<char> Code(int row) => _text.AsSpan(Fields[row].Start + Fields[row].X + Fields[row].Y, Fields[row].Code);

    public void Add(long line, int month, FieldProblem? monthProblem, int category, ReadOnlySpan<char> x, ReadOnlySpan<char> y, ReadOnlySpan<char> code)
    {
        var length = x.Length + y.Length + code.Length;
        if (_textLength + length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + length));
        }

        x.CopyTo(_text.AsSpan(_textLength));
        y.CopyTo(_text.AsSpan(_textLength + x.Length));
        code.CopyTo(_text.AsSpan(_textLength + x.Length + y.Length));
        (Line[Count], Month[Count], MonthProblem[Count], Category[Count]) = (line, month, monthProblem, category);
        Fields[Count] = (_textLength, x.Length, y.Length, code.Length);
        _textLength += length;
        Count++;
    }

    public void Clear()
    {
        (Count, _textLength, Read, NotSelected, Matched) = (0, 0, 0, 0, 0);
        Rejections.Clear();
    }
}
