namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// How many published counts a run withheld, primary and complementary, in all and file by file: the run summary's
/// <c>suppression</c> section.
/// </summary>
/// <param name="Rule">The rule in words, for readers of the summary.</param>
/// <param name="Counts">Distinct counts published (a figure shown in two files counts once).</param>
/// <param name="Unprotected">Withheld counts that could not be protected (see <see cref="DisclosureDecision.Unprotected"/>).</param>
public sealed record SuppressionReport(
    string Rule,
    int Threshold,
    int Counts,
    int Primary,
    int Complementary,
    IReadOnlyList<string> Unprotected,
    IReadOnlyList<FileSuppression> Files)
{
    /// <summary>Tallies <paramref name="published"/> (each file with the keys of the counts it publishes) against the decision.</summary>
    public static SuppressionReport Of(DisclosureDecision decision, IEnumerable<(string File, IEnumerable<CountCellKey> Keys)> published)
    {
        var files = published
            .Select(f => (f.File, States: f.Keys.Select(decision.Of).ToList()))
            .Select(f => new FileSuppression(f.File, f.States.Count, f.States.Count(s => s == CellDisclosure.Primary), f.States.Count(s => s == CellDisclosure.Complementary)))
            .ToList();
        var rule = decision.Threshold == 0
            ? "suppression off: every count is published"
            : $"counts 1 to {decision.Threshold - 1} withheld (primary), and further counts withheld (complementary) so that no withheld count "
              + "can be worked out from any total, part or period published in this run";
        return new SuppressionReport(rule, decision.Threshold, decision.CountsDecided, decision.PrimaryCount, decision.ComplementaryCount,
            decision.Unprotected.Select(k => k.ToString()).ToList(), files);
    }
}

/// <summary>One output file's published counts and how many of them were withheld.</summary>
public sealed record FileSuppression(string File, int Counts, int Primary, int Complementary);
