namespace GeoNeeds.Engine.Database;

/// <summary>
/// Names of tables, schemas and columns written into SQL. Every name is quoted, so it is used exactly as
/// written (PostgreSQL folds unquoted names to lower case; quoting keeps <c>LSOA11CD</c> distinct from <c>lsoa11cd</c>).
/// </summary>
internal static class SqlName
{
    /// <summary>PostgreSQL keeps the first 63 bytes of a name and silently drops the rest.</summary>
    public const int MaxBytes = 63;

    /// <summary><paramref name="name"/> as a quoted identifier: <c>"Crime type"</c>.</summary>
    public static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary><c>schema.table</c> or <c>table</c> as a quoted, optionally schema-qualified name.</summary>
    public static string QuoteQualified(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Quote(name) : $"{Quote(name[..dot])}.{Quote(name[(dot + 1)..])}";
    }

    /// <summary>Whether <paramref name="name"/> fits PostgreSQL's identifier length and is not empty.</summary>
    public static bool Fits(string name) => name.Length > 0 && System.Text.Encoding.UTF8.GetByteCount(name) <= MaxBytes;
}
