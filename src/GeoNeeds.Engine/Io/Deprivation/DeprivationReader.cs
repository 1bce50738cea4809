using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Deprivation;

/// <summary>Reads the English and Welsh indices of multiple deprivation 2019 by LSOA.</summary>
/// <remarks>
/// These are reference tables: a duplicate code, a rank or decile out of range, or a broken row makes every
/// deprivation profile built on them doubtful, so each is an <see cref="InputDataException"/> at its line.
/// </remarks>
public static class DeprivationReader
{
    /// <summary>LSOAs ranked by the English Indices of Deprivation 2019.</summary>
    public const int EnglishLsoas2019 = 32_844;

    /// <summary>LSOAs ranked by the Welsh Index of Multiple Deprivation 2019.</summary>
    public const int WelshLsoas2019 = 1_909;

    /// <summary>
    /// Reads MHCLG's <c>File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv</c> as published: columns
    /// <c>LSOA code (2011)</c>, <c>Index of Multiple Deprivation (IMD) Rank</c> (quoted with a thousands separator)
    /// and <c>Index of Multiple Deprivation (IMD) Decile</c> (1 = most deprived).
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a code repeats; a rank is outside 1..32,844 or a decile outside 1..10; a value is not a whole number; a row is malformed.</exception>
    public static IReadOnlyDictionary<string, DeprivationRank> ReadImd2019(string path) => ReadImd2019(path, null);

    /// <inheritdoc cref="ReadImd2019(string)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    public static IReadOnlyDictionary<string, DeprivationRank> ReadImd2019(string path, ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        var decile = table.Column("Index of Multiple Deprivation (IMD) Decile");
        return Read(table, "LSOA code (2011)", "Index of Multiple Deprivation (IMD) Rank", EnglishLsoas2019,
            (row, _) => WholeNumberWithin(row, decile, 10));
    }

    /// <summary>
    /// Reads the Welsh Government's WIMD 2019 lookup (<c>lsoa11cd</c>, <c>wimd_2019</c> = rank of 1,909) and derives
    /// each decile from the rank with <see cref="WelshDecile"/>. Names are not read: the published copy has
    /// mis-encoded ones ("Ynys MÃ´n"), which are passed over.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing; a code repeats; a rank is not a whole number in 1..1,909; a row is malformed.</exception>
    public static IReadOnlyDictionary<string, DeprivationRank> ReadWimd2019(string path) => ReadWimd2019(path, null);

    /// <inheritdoc cref="ReadWimd2019(string)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    public static IReadOnlyDictionary<string, DeprivationRank> ReadWimd2019(string path, ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        return Read(table, "lsoa11cd", "wimd_2019", WelshLsoas2019, (_, rank) => WelshDecile(rank));
    }

    /// <summary>
    /// The WIMD 2019 decile of a rank: decile d holds ranks up to 1,909 × d / 10 rounded half up, so decile 1 is
    /// ranks 1–191, decile 2 ranks 192–382, decile 3 ranks 383–573 and decile 5 ends at rank 955.
    /// </summary>
    /// <remarks>
    /// The Welsh Government publishes these bands in StatsWales' "WIMD 2019 Local Authority Analysis": "Most deprived
    /// 10% LSOAs in Wales (ranks 1 - 191)", 20% (ranks 1 - 382), 30% (ranks 1 - 573), 50% (ranks 1 - 955). Deciles
    /// hold 191 LSOAs, except decile 6 (ranks 956–1,145), which holds 190.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is outside 1..1,909.</exception>
    public static int WelshDecile(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, WelshLsoas2019);
        var decile = 1;
        while (rank > ((WelshLsoas2019 * decile) + 5) / 10)
        {
            decile++;
        }

        return decile;
    }

    private static Dictionary<string, DeprivationRank> Read(CsvTable table, string codeName, string rankName, int areas,
        Func<CsvRow, int, int> decileOf)
    {
        var code = table.Column(codeName);
        var rank = table.Column(rankName);
        var ranks = new KeyedRows<DeprivationRank>(table, code);
        foreach (var row in table.WellFormedRows())
        {
            var areaCode = row.RequiredText(code);
            var areaRank = WholeNumberWithin(row, rank, areas);
            ranks.Add(areaCode, new DeprivationRank(areaCode, areaRank, decileOf(row, areaRank)), row.Line);
        }

        return ranks.ToDictionary();
    }

    private static int WholeNumberWithin(CsvRow row, CsvColumn column, int maximum)
    {
        var value = row.WholeNumber(column);
        return value >= 1 && value <= maximum ? (int)value : throw row.Fault(column.Name, $"{value} is outside 1..{maximum}");
    }
}
