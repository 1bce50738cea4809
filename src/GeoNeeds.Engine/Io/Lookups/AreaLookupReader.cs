using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Lookups;

/// <summary>Reads area lookups such as ONS's best-fit <c>LSOA11_WD19_LAD19_EW_best_fit.csv</c>.</summary>
public static class AreaLookupReader
{
    /// <summary>
    /// Reads child code → parent code (and name, when <paramref name="parentNameColumn"/> is given). Read the same
    /// file twice for two levels (LSOA → ward, LSOA → local authority).
    /// </summary>
    /// <remarks>A child listed again with the same parent is kept once; with a different parent the lookup is ambiguous.</remarks>
    /// <exception cref="InputDataException">A column is missing; a code is empty; a child is listed with two different parents; a row is malformed.</exception>
    public static AreaLookup Read(string path, string childCodeColumn, string parentCodeColumn, string? parentNameColumn = null,
        ICollection<InputWarning>? warnings = null)
    {
        using var table = CsvTable.Open(path, warnings);
        var child = table.Column(childCodeColumn);
        var parent = table.Column(parentCodeColumn);
        var parentName = parentNameColumn is null ? (CsvColumn?)null : table.Column(parentNameColumn);
        var parents = new KeyedRows<AreaParent>(table, child, allowIdenticalRepeats: true);
        foreach (var row in table.WellFormedRows())
        {
            parents.Add(row.RequiredText(child), new AreaParent(row.RequiredText(parent), row.ValueOrNull(parentName) ?? ""), row.Line);
        }

        return new AreaLookup(parents.ToDictionary());
    }
}
