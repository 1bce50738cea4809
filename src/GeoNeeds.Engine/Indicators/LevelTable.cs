namespace GeoNeeds.Engine.Indicators;

/// <summary>The indicator table of one level (every LSOA, every ward), one row per area in code order.</summary>
public sealed record LevelTable(string Level, bool IsBase, IReadOnlyList<AreaRow> Rows)
{
    // Needs analyses look rows up once per area, so a national level wants a dictionary, not a scan.
    private readonly Lazy<Dictionary<string, AreaRow>> _byCode = new(() => Rows.ToDictionary(r => r.Code, StringComparer.Ordinal));

    public AreaRow? Find(string code) => _byCode.Value.GetValueOrDefault(code);
}
