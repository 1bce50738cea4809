using System.Numerics;
using System.Runtime.InteropServices;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// One join thread's event counts by area, month and category number (-1 for none): a dense row of counts per
/// area that has events, month by category, so counting is an array increment and ten national years hold 4 bytes
/// a cell rather than a hash entry of 36. A reader with more distinct months × categories than
/// <see cref="MaxRowCells"/> (daily dates, free-text categories) is counted in a hash table instead.
/// </summary>
/// <remarks>
/// A row is allocated whole for each area with an event, filled or not: for the 34,753 national LSOAs about 35 MB a
/// thread for a year of police.uk months and crime types, 285 MB for ten years, against a hash table's 36 bytes a
/// filled cell (the break-even is rows about a ninth full).
/// </remarks>
internal sealed class TallyCells(int areas)
{
    /// <summary>The most cells an area's row holds (e.g. 128 months × 32 categories) before counting moves to a hash table.</summary>
    public const int MaxRowCells = 1 << 12;

    private readonly int _areas = areas;
    private int[]?[] _rows = new int[]?[areas];

    // Capacities of a row, powers of two; slot 0 of each is "none" (number -1).
    private int _months = 16;
    private int _categories = 16;
    private Dictionary<(int Area, int Month, int Category), long>? _hashed;

    /// <summary>Whether counting has moved to the hash table.</summary>
    public bool Hashed => _hashed is not null;

    public void Add(int area, int month, int category)
    {
        if (_hashed is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_hashed, (area, month, category), out _)++;
            return;
        }

        var (m, c) = (month + 1, category + 1);
        if ((m >= _months || c >= _categories) && !Widen(m, c))
        {
            Add(area, month, category);
            return;
        }

        var row = _rows[area] ??= new int[_months * _categories];
        checked
        {
            row[(m * _categories) + c]++;
        }
    }

    /// <summary>Every non-empty cell with its count, in no set order.</summary>
    public IEnumerable<KeyValuePair<(int Area, int Month, int Category), long>> NonEmpty()
    {
        if (_hashed is not null)
        {
            foreach (var cell in _hashed)
            {
                yield return cell;
            }

            yield break;
        }

        for (var area = 0; area < _rows.Length; area++)
        {
            if (_rows[area] is not { } row)
            {
                continue;
            }

            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] != 0)
                {
                    yield return KeyValuePair.Create((area, (i / _categories) - 1, (i % _categories) - 1), (long)row[i]);
                }
            }
        }
    }

    /// <summary>Lets every count go.</summary>
    public void Clear()
    {
        _rows = new int[]?[_areas];
        _hashed = null;
    }

    /// <summary>Makes rows wide enough for slots <paramref name="m"/> and <paramref name="c"/>; false when that is too wide and counting moved to the hash table.</summary>
    private bool Widen(int m, int c)
    {
        var months = Math.Max(_months, (int)BitOperations.RoundUpToPowerOf2((uint)m + 1));
        var categories = Math.Max(_categories, (int)BitOperations.RoundUpToPowerOf2((uint)c + 1));
        if ((long)months * categories > MaxRowCells)
        {
            _hashed = new Dictionary<(int, int, int), long>(NonEmpty());
            _rows = [];
            return false;
        }

        foreach (ref var row in _rows.AsSpan())
        {
            if (row is null)
            {
                continue;
            }

            var wider = new int[months * categories];
            for (var month = 0; month < _months; month++)
            {
                row.AsSpan(month * _categories, _categories).CopyTo(wider.AsSpan(month * categories));
            }

            row = wider;
        }

        (_months, _categories) = (months, categories);
        return true;
    }
}
