using System.ComponentModel;
using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A named period of a study (a year, a financial year, a quarter): a closed range of months and, optionally, the
/// population its rates are over.
/// </summary>
public sealed record PeriodDefinition
{
    [Description("The period's name, as the trend table and charts show it, e.g. 2024 or 2024/25.")]
    public string Name { get; init; } = "";

    [Description("The first month of the period, yyyy-MM.")]
    public string From { get; init; } = "";

    [Description("The last month of the period, yyyy-MM.")]
    public string To { get; init; } = "";

    [Description("The population of this period, a file in the study population's format; default: the study's population.")]
    public string? Population { get; init; }

    /// <summary>How many months the period spans.</summary>
    internal int Months => MonthSpan.Count(From, To);

    /// <summary>Whether <paramref name="month"/> falls in the period.</summary>
    internal bool Holds(string month) => MonthSpan.Contains(From, To, month);
}
