using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>A study's base areas as <see cref="InequalityMeasure"/> takes them, for <c>inequality.csv</c> and the rates-by-decile chart.</summary>
public static class StudyInequality
{
    /// <summary>Each base area with a decile: the indicator's count and denominator (residents unless it names children, households, …).</summary>
    public static IEnumerable<AreaDeprivation> Areas(LevelTable baseTable, int indicator) =>
        baseTable.Rows.Where(r => r.DeprivationMean is not null)
            .Select(r => new AreaDeprivation(r.Code, r.Indicators[indicator].Count, r.Indicators[indicator].Rate.Population, (int)r.DeprivationMean!.Value));
}
