using GeoNeeds.Engine.Export;
using GeoNeeds.Report.Components;
using GeoNeeds.Report.Reading;
using GeoNeeds.Report.Tables;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoNeeds.Report;

/// <summary>
/// The one-line entry to the study report: <c>ReportDocument.Write("out", "out/report.html")</c>. Renders the Razor
/// components of <see cref="StudyReport"/> to one self-contained HTML page (inline CSS and SVG, no scripts, nothing
/// fetched) with <see cref="HtmlRenderer"/>.
/// </summary>
public static class ReportDocument
{
    /// <summary>The report's file name in the output folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Renders the report of the output folder <paramref name="output"/>.</summary>
    public static string Render(StudyOutput output) => Render<StudyReport>(new Dictionary<string, object?>
    {
        [nameof(StudyReport.Context)] = new ReportContext(output),
        [nameof(StudyReport.Styles)] = Styles.Value,
    });

    /// <summary>Renders the report of <paramref name="folder"/> and writes it to <paramref name="file"/> atomically.</summary>
    /// <exception cref="ReportSourceException">The folder is not a finished study output.</exception>
    public static void Write(string folder, string file) => AtomicFile.WriteAllText(file, Render(StudyOutput.Open(folder)));

    /// <summary>The file name of an area's profile page: <c>report-E05000001.html</c>.</summary>
    public static string ProfileFileName(string code) =>
        $"report-{string.Concat(code.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c))}.html";

    /// <summary>Renders the profile page of area <paramref name="code"/> of the output folder <paramref name="output"/>.</summary>
    /// <exception cref="ReportSourceException">No level's table holds the area.</exception>
    public static string RenderProfile(StudyOutput output, string code)
    {
        var context = new ReportContext(output);
        var profile = AreaProfile.Find(context, code) ?? throw new ReportSourceException(
            $"{code} is not an area of the study: no level's table ({string.Join(", ", output.Summary.Levels.Select(l => l.Name + ".csv"))}) has it in its area_code column.");
        return Render<AreaProfilePage>(new Dictionary<string, object?>
        {
            [nameof(AreaProfilePage.Context)] = context,
            [nameof(AreaProfilePage.Profile)] = profile,
            [nameof(AreaProfilePage.Styles)] = Styles.Value,
        });
    }

    /// <summary>Renders the profile page of area <paramref name="code"/> of <paramref name="folder"/> and writes it to <paramref name="file"/> atomically.</summary>
    /// <exception cref="ReportSourceException">The folder is not a finished study output, or no level holds the area.</exception>
    public static void WriteProfile(string folder, string code, string file) => AtomicFile.WriteAllText(file, RenderProfile(StudyOutput.Open(folder), code));

    private static readonly Lazy<string> Styles = new(() =>
    {
        using var stream = typeof(ReportDocument).Assembly.GetManifestResourceStream("GeoNeeds.Report.report.css")
            ?? throw new InvalidOperationException("the report's style sheet is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Renders component <typeparamref name="T"/> with <paramref name="parameters"/> to an HTML string.</summary>
    internal static string Render<T>(IDictionary<string, object?> parameters)
        where T : IComponent
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters));
            return root.ToHtmlString();
        }).GetAwaiter().GetResult();
    }
}
