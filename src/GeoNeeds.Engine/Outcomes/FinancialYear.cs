using System.Globalization;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>The UK financial year (1 April to 31 March) a date falls in, as outcome reports compare years.</summary>
public static class FinancialYear
{
    /// <summary>The label of the year holding <paramref name="date"/>, e.g. <c>2024-25</c> for 1 April 2024 to 31 March 2025.</summary>
    public static string Of(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start}-{(start + 1) % 100:00}");
    }
}
