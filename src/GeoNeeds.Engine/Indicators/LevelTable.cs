namespace GeoNeeds.Engine.Indicators;

/// <summary>The indicator table of one level (every LSOA, every ward), one row per area in code order.</summary>
public sealed record LevelTable(string Level, bool IsBase, IReadOnlyList<AreaRow> Rows)
{
    public AreaRow? Find(string code) => Rows.FirstOrDefault(r => r.Code == code);
}
