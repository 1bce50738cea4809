using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>
/// A run of consecutive rows of one point file, as the batch reader hands them to the join: the located rows in
/// parallel arrays (values as numbers in the reader's <see cref="Tables.DistinctValues"/>), and what happened to the
/// others. Batches are reused, so reading allocates nothing per row.
/// </summary>
internal sealed class PointBatch(int capacity)
{
    public long[] Line { get; } = new long[capacity];

    public double[] X { get; } = new double[capacity];

    public double[] Y { get; } = new double[capacity];

    public int[] Month { get; } = new int[capacity];

    public int[] Category { get; } = new int[capacity];

    /// <summary>The number of the row's own area code (police.uk's <c>LSOA code</c>) among the reader's area codes.</summary>
    public int[] AreaCode { get; } = new int[capacity];

    /// <summary>The layer index of the row's own area code, or -1 when it has none or the layer lacks it.</summary>
    public int[] CodedArea { get; } = new int[capacity];

    /// <summary>The layer index of the area the join assigned, or -1 when none; filled by the join.</summary>
    public int[] Area { get; } = new int[capacity];

    /// <summary>How many located rows the arrays hold.</summary>
    public int Count { get; private set; }

    public bool IsFull => Count == Line.Length;

    /// <summary>Rows read into this batch, located or not.</summary>
    public long Read { get; set; }

    /// <summary>Rows outside the study's selection.</summary>
    public long NotSelected { get; set; }

    /// <summary>Rows the reader rejected, each with how many located rows came before it, so order can be restored.</summary>
    public List<(int Before, Rejection Rejection)> Rejections { get; } = [];

    public void Add(long line, double x, double y, int month, int category, int areaCode, int codedArea)
    {
        (Line[Count], X[Count], Y[Count], Month[Count], Category[Count], AreaCode[Count], CodedArea[Count]) =
            (line, x, y, month, category, areaCode, codedArea);
        Count++;
    }

    public void Reject(Rejection rejection) => Rejections.Add((Count, rejection));

    public void Clear()
    {
        Count = 0;
        Read = 0;
        NotSelected = 0;
        Rejections.Clear();
    }
}
