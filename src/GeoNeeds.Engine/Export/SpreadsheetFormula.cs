using System.Globalization;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Keeps text copied from an input (a referral field, an area name) from running as a formula when a CSV output
/// is opened in Excel, LibreOffice or Google Sheets: OWASP's "CSV Injection" advice.
/// </summary>
public static class SpreadsheetFormula
{
    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>
    /// <paramref name="text"/> with a leading <c>'</c> when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// a tab or a carriage return, unless it is a plain number (<c>-3.2</c>, <c>+1e5</c>), which a spreadsheet reads
    /// as that number; any other text as it is.
    /// </summary>
    /// <remarks>Source: OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection).</remarks>
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;
}
