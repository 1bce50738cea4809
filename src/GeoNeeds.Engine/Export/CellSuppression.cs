namespace GeoNeeds.Engine.Export;

/// <summary>Which cells of a table of counts are withheld, and why: built by <see cref="SecondarySuppression.Apply"/>.</summary>
public sealed class CellSuppression
{
    private readonly bool[,] _primary;
    private readonly bool[,] _secondary;

    internal CellSuppression(bool[,] primary, bool[,] secondary)
    {
        _primary = primary;
        _secondary = secondary;
        PrimaryCount = primary.Cast<bool>().Count(flag => flag);
        SecondaryCount = secondary.Cast<bool>().Count(flag => flag);
    }

    /// <summary>The table's number of rows.</summary>
    public int Rows => _primary.GetLength(0);

    /// <summary>The table's number of columns.</summary>
    public int Columns => _primary.GetLength(1);

    /// <summary>How many cells were small counts (1 to threshold − 1).</summary>
    public int PrimaryCount { get; }

    /// <summary>How many more cells were withheld so that no small count can be worked out from a total.</summary>
    public int SecondaryCount { get; }

    /// <summary>Whether the cell is withheld (written <c>*</c>), for either reason.</summary>
    public bool IsSuppressed(int row, int column) => _primary[row, column] || _secondary[row, column];

    /// <summary>Whether the cell is withheld because it is itself a small count.</summary>
    public bool IsPrimary(int row, int column) => _primary[row, column];
}
