namespace GeoNeeds.Report.Tables;

/// <summary>How a published cell is written for reading; the CSV keeps every digit.</summary>
public enum CellKind
{
    /// <summary>As written: names, codes, periods, categories.</summary>
    Text,

    /// <summary>A whole number with thousands separators: counts, populations.</summary>
    Count,

    /// <summary>One decimal place: rates, limits, percentages.</summary>
    OneDecimal,

    /// <summary>Two decimal places: ratios, coefficients.</summary>
    TwoDecimals,

    /// <summary>A p-value: three decimals, or <c>&lt;0.001</c>.</summary>
    PValue,
}
