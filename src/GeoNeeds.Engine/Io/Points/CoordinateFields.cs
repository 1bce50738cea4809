using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>Why a row's coordinate (or month) fields do not give a countable event: the rejection reason, the field at fault and the detail.</summary>
internal readonly record struct FieldProblem(string Reason, string Field, string Detail);

/// <summary>
/// Reads a row's coordinate pair from its two text fields, the one check every point reader makes: both empty is
/// <see cref="RejectionReason.NoLocation"/>; a field that is not a finite number, or a pair out of range for the
/// coordinate system, is <see cref="RejectionReason.InvalidCoordinate"/>.
/// </summary>
internal static class CoordinateFields
{
    /// <summary>The problem with the fields, or <c>null</c> when <paramref name="x"/> and <paramref name="y"/> hold a place.</summary>
    public static FieldProblem? Read(ReadOnlySpan<char> xText, ReadOnlySpan<char> yText, CsvColumn xColumn, CsvColumn yColumn,
        CoordinateSystem system, out double x, out double y)
    {
        xText = xText.Trim();
        yText = yText.Trim();
        y = double.NaN;
        if (xText.IsEmpty && yText.IsEmpty)
        {
            x = double.NaN;
            return new(RejectionReason.NoLocation, "", $"{xColumn.Name} and {yColumn.Name} are empty");
        }

        if (!TableNumber.TryParse(xText, out x))
        {
            return new(RejectionReason.InvalidCoordinate, xColumn.Name, NotANumber(xText));
        }

        if (!TableNumber.TryParse(yText, out y))
        {
            return new(RejectionReason.InvalidCoordinate, yColumn.Name, NotANumber(yText));
        }

        return CoordinateRange.Problem(x, y, system) is { } problem
            ? new(RejectionReason.InvalidCoordinate, $"{xColumn.Name}/{yColumn.Name}", problem)
            : null;
    }

    private static string NotANumber(ReadOnlySpan<char> text) => text.IsEmpty ? "value is empty" : $"'{text}' is not a finite number";
}
