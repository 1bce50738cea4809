namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>Runs the needs analyses a study asks for and returns their tables.</summary>
internal static class NeedsAssessment
{
    public static IReadOnlyList<NeedsTable> Run(NeedsContext context)
    {
        var tables = new List<NeedsTable>(TrendNeeds.Tables(context));
        var needs = context.Study.Needs;
        if (needs is null)
        {
            return Counted(context, tables);
        }

        if (needs.Prevalence is { } prevalence)
        {
            tables.AddRange(PrevalenceNeeds.Tables(context, prevalence));
        }

        if (needs.Refuge is { } refuge)
        {
            tables.Add(ProvisionNeeds.Refuge(context, refuge));
        }

        if (needs.Marac is { } marac)
        {
            tables.Add(ProvisionNeeds.Marac(context, marac));
        }

        if (needs.Change is not null)
        {
            tables.AddRange(ChangeNeeds.Tables(context));
        }

        if (needs.Inequality)
        {
            tables.Add(InequalityNeeds.Table(context));
        }

        if (needs.HotSpots is { } hotSpots)
        {
            tables.AddRange(HotSpotNeeds.Tables(context, hotSpots));
        }

        if (needs.Benchmark)
        {
            tables.AddRange(BenchmarkNeeds.Tables(context));
        }

        if (needs.Correlation)
        {
            tables.Add(CorrelationNeeds.Table(context));
        }

        if (needs.Profiles is { } profiles)
        {
            tables.Add(ProfileNeeds.Table(context, profiles));
        }

        if (needs.Representation is { } representation)
        {
            tables.Add(RepresentationNeeds.Table(context, representation));
        }

        if (needs.Comparators is { } comparators)
        {
            tables.Add(ComparatorNeeds.Table(context, comparators));
        }

        tables.AddRange(OutcomeNeeds.Tables(context));

        return Counted(context, tables);
    }

    private static IReadOnlyList<NeedsTable> Counted(NeedsContext context, List<NeedsTable> tables) =>
        [.. tables.Select(t => t with { Counts = context.PublishedCounts.GetValueOrDefault(t.FileName) ?? [] })];
}
