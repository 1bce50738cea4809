using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Report.Figures;
using GeoNeeds.Report.Reading;
using GeoNeeds.Report.Tables;
using Microsoft.AspNetCore.Components;

namespace GeoNeeds.Report;

/// <summary>What every part of the report reads: the output folder, its shape, its figures; and the figure numbering.</summary>
public sealed class ReportContext(StudyOutput output)
{
    private int figures;

    public StudyOutput Output { get; } = output;

    public RunSummary Summary => Output.Summary;

    public StudyShape Shape { get; } = new(output);

    public ReportMaps Maps { get; } = new(output);

    /// <summary>A chart the run saved as SVG (<c>charts/x.svg</c>), ready to inline, or null when the run drew none.</summary>
    public MarkupString? Chart(string name, string title) =>
        Output.Svg($"charts/{name}.svg") is { } svg ? Inline(svg, title) : null;

    /// <summary>The map of <paramref name="field"/> at <paramref name="level"/>, or null when the run wrote no layer or classes.</summary>
    public MarkupString? Map(string? level, string field, string title, string legendTitle) =>
        level is not null && Maps.Choropleth(level, field, title, legendTitle) is { } svg ? Inline(svg, title) : null;

    /// <summary>An SVG drawing, titled and numbered for the report.</summary>
    public MarkupString Inline(string svg, string title) => new(InlineSvg.Of(svg, title, $"figure-{++figures}"));

    /// <summary>A published CSV's rows as a table, or null when the run did not write the CSV.</summary>
    public TableView? Table(string file, string caption, IReadOnlyList<ReportColumn> columns, Func<Func<string, string>, bool>? keep = null) =>
        Output.Table(file) is { } table ? TableView.Of(caption, file, table, columns, keep) : null;

    /// <summary>The rate column of <paramref name="indicator"/> in the level tables (<c>referrals_rate_per_10000</c>).</summary>
    public static string RateColumn(IndicatorSummary indicator) => IndicatorColumnNames.Rate(indicator.Name, indicator.Per);

    /// <summary>The rate's unit in words: <c>per 1,000</c>.</summary>
    public static string Per(IndicatorSummary indicator) => $"per {indicator.Per:N0}";

    /// <summary>Whether a row is an area rather than a total over the study area.</summary>
    public static bool IsArea(Func<string, string> row) => row("area_code") != "TOTAL";
}
