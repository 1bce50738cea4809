using System.Globalization;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Report.Tables;

/// <summary>
/// A published CSV cell as the report prints it: a withheld count stays the CSV's mark, text stays as it is, and a
/// number is rounded for reading only (never recomputed).
/// </summary>
public static class CellText
{
    /// <summary>The mark the CSVs write for a withheld count, printed as it is with a footnote.</summary>
    public const string Withheld = DisclosureDecision.WithheldMark;

    /// <summary>What the report prints for an empty cell (no value, or a value resting on a withheld count).</summary>
    public const string Empty = "–";

    // The invariant culture groups thousands with commas and writes a decimal point, as British readers expect.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Of(string cell, CellKind kind)
    {
        if (cell == Withheld)
        {
            return Withheld;
        }

        if (cell.Length == 0)
        {
            return Empty;
        }

        if (kind == CellKind.Text || !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return cell switch
            {
                "true" => "yes",
                "false" => "no",
                _ => cell,
            };
        }

        return kind switch
        {
            CellKind.Count => number.ToString("N0", English),
            CellKind.OneDecimal => number.ToString("N1", English),
            CellKind.TwoDecimals => number.ToString("N2", English),
            _ => number < 0.001 ? "<0.001" : number.ToString("N3", English),
        };
    }
}
