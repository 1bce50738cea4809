using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Tables;

/// <summary>One value per area from a <see cref="ValueTable"/>, for a map.</summary>
public static class AreaValues
{
    /// <summary>
    /// The values of <paramref name="valueColumn"/> keyed by <paramref name="codeColumn"/>. An empty value whose
    /// indicator's count is <c>*</c> (as <c>geoneeds assess</c> writes suppressed counts), or a <c>*</c> itself,
    /// is a suppressed value; any other empty value is no data.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing, a value is not a number, or a code repeats.</exception>
    public static IReadOnlyDictionary<string, MapValue> Read(ValueTable table, string codeColumn, string valueColumn)
    {
        var codes = table.Texts(codeColumn);
        var values = table.Numbers(valueColumn);
        var counts = AssessColumns.IndicatorOf(valueColumn) is { } indicator && table.Has(AssessColumns.Count(indicator))
            ? table.Numbers(AssessColumns.Count(indicator))
            : null;
        var byCode = new Dictionary<string, MapValue>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var suppressed = values[i].Suppressed || (values[i].Value is null && counts?[i].Suppressed == true);
            if (!byCode.TryAdd(codes[i], new MapValue(values[i].Value, suppressed)))
            {
                throw new InputDataException(table.File, 0, codeColumn, $"area code '{codes[i]}' appears more than once");
            }
        }

        return byCode;
    }
}
