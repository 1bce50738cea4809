using GeoNeeds.Engine.Studies;
using GeoNeeds.Report.Components;
using GeoNeeds.Report.Reading;
using GeoNeeds.Report.Tables;

namespace GeoNeeds.Report;

/// <summary>One chapter of the report: its anchor, its heading, the component that writes it, and whether the study produced what it shows.</summary>
public sealed record ReportChapter(string Id, string Title, Type Component, Func<ReportContext, bool> Present, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>The chapters in the order of a needs-assessment chapter; each appears only when the run wrote its tables.</summary>
    public static IReadOnlyList<ReportChapter> All { get; } =
    [
        new("summary", "Key figures", typeof(KeyFiguresChapter), c => KeyFigure.Of(c).Count > 0),
        new("population", "Population and deprivation", typeof(PopulationChapter), c => c.Shape.TableLevel is not null),
        new("incidents", "Police-recorded incidents", typeof(RateChapter), c => c.Shape.IndicatorsOf(InputType.Points).Count > 0, Type(InputType.Points)),
        new("referrals", "Referrals", typeof(RateChapter), c => c.Shape.IndicatorsOf(InputType.Referrals).Count > 0, Type(InputType.Referrals)),
        new("prevalence", "Expected prevalence", typeof(PrevalenceChapter), c => c.Output.Table($"{c.Shape.TableLevel}_prevalence.csv") is not null),
        new("provision", "Provision: refuge, MARAC and IDVA", typeof(ProvisionChapter), c => c.Output.Table("refuge.csv") is not null || c.Output.Table("marac.csv") is not null),
        new("inequality", "Inequality", typeof(InequalityChapter), c => c.Output.Table("inequality.csv") is not null),
        new("hotspots", "Hot spots", typeof(HotSpotsChapter), c => c.Output.Table("hotspots_global.csv") is not null),
        new("comparators", "Comparators and benchmarks", typeof(ComparatorsChapter), c => c.Output.Table("comparators.csv") is not null || c.Output.Table($"{c.Shape.TableLevel}_benchmark.csv") is not null),
        new("outcomes", "Service outcomes", typeof(OutcomesChapter), c => OutcomeServices.In(c.Output).Count > 0),
        new("trends", "Trends", typeof(TrendsChapter), c => c.Output.Table($"{c.Shape.TopLevel}_trend.csv") is not null),
        new("methods", "Methods", typeof(MethodsChapter), _ => true),
        new("sources", "Data sources and licences", typeof(SourcesChapter), _ => true),
        new("suppression", "Suppression of small numbers", typeof(SuppressionChapter), _ => true),
        new("accounting", "Row accounting", typeof(AccountingChapter), _ => true),
    ];

    /// <summary>The component's parameters: the context, and the chapter's own.</summary>
    public IDictionary<string, object?> ParametersFor(ReportContext context) =>
        new Dictionary<string, object?>(Parameters ?? new Dictionary<string, object?>()) { ["Context"] = context };

    private static Dictionary<string, object?> Type(InputType type) => new() { ["Type"] = type };
}
