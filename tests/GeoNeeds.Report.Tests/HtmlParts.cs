using System.Text.RegularExpressions;

namespace GeoNeeds.Report.Tests;

/// <summary>The parts of a rendered report the tests look at, found by pattern (the page is HTML, not XML).</summary>
internal static partial class HtmlParts
{
    /// <summary>The level of every heading, in document order.</summary>
    public static IReadOnlyList<int> HeadingLevels(string html) => [.. Heading().Matches(html).Select(m => m.Groups[1].Value[0] - '0')];

    /// <summary>Every table element, whole.</summary>
    public static IReadOnlyList<string> Tables(string html) => [.. Table().Matches(html).Select(m => m.Value)];

    /// <summary>The opening of every svg element and what follows it up to its first child's name.</summary>
    public static IReadOnlyList<string> SvgOpenings(string html) => [.. SvgOpening().Matches(html).Select(m => m.Value)];

    /// <summary>The ids of the chapters present, in order.</summary>
    public static IReadOnlyList<string> Chapters(string html) => [.. Chapter().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The cells of the body row headed <paramref name="rowHeader"/> in the table captioned <paramref name="caption"/>.</summary>
    public static IReadOnlyList<string> Row(string html, string caption, string rowHeader)
    {
        var table = Tables(html).First(t => t.Contains($"<caption>{caption}</caption>", StringComparison.Ordinal));
        var row = BodyRow().Matches(table).First(m => m.Value.Contains($">{rowHeader}</th>", StringComparison.Ordinal));
        return [.. Cell().Matches(row.Value).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex Heading();

    [GeneratedRegex("<table[ >].*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<svg[^>]*><[a-zA-Z]+")]
    private static partial Regex SvgOpening();

    [GeneratedRegex("<section class=\"chapter\" id=\"([^\"]+)\"")]
    private static partial Regex Chapter();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<t[hd][^>]*>([^<]*)</t[hd]>")]
    private static partial Regex Cell();
}
