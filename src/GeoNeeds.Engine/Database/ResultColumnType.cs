using NpgsqlTypes;

namespace GeoNeeds.Engine.Database;

/// <summary>The database type of a result column, from the values it holds.</summary>
internal static class ResultColumnType
{
    /// <summary>
    /// <c>bigint</c> when every value is a whole number, <c>double precision</c> when every value is a number,
    /// <c>boolean</c> when every value is one, else <c>text</c>; <c>null</c>s do not count, and a column of
    /// nothing but <c>null</c>s is text.
    /// </summary>
    public static (string Sql, NpgsqlDbType Type) Of(IEnumerable<object?> values)
    {
        var kinds = values.OfType<object>().Select(Kind).Distinct().ToList();
        return kinds switch
        {
            [NpgsqlDbType.Bigint] => ("bigint", NpgsqlDbType.Bigint),
            [NpgsqlDbType.Boolean] => ("boolean", NpgsqlDbType.Boolean),
            _ when kinds.Count > 0 && kinds.All(k => k is NpgsqlDbType.Bigint or NpgsqlDbType.Double) => ("double precision", NpgsqlDbType.Double),
            _ => ("text", NpgsqlDbType.Text),
        };
    }

    /// <summary><paramref name="value"/> as the column type wants it.</summary>
    public static object Converted(object value, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        NpgsqlDbType.Double => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        NpgsqlDbType.Text => Export.ValueText.Format(value),
        _ => value,
    };

    private static NpgsqlDbType Kind(object value) => value switch
    {
        long or int or short or byte => NpgsqlDbType.Bigint,
        double or float or decimal => NpgsqlDbType.Double,
        bool => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };
}
