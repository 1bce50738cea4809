using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using Spectre.Console;

namespace GeoNeeds.Cli.Console;

/// <summary>Prints what an outcomes run did: forms by outcome, the headline figures as published, and what was withheld.</summary>
internal static class OutcomeSummaryView
{
    public static void Print(ServiceOutcomes outcomes, DisclosureDecision decision, SuppressionReport suppression, string outputFolder)
    {
        RunSummaryView.PrintRows(new[] { outcomes.Intake, outcomes.Exit }.Select(a => (a.Name, a.Read, a.Matched, a.Rejected, a.RejectedByReason, a.Balances)));
        var closed = outcomes.Cases.Count(c => c.Exit is not null);
        AnsiConsole.MarkupLineInterpolated($"{outcomes.Cases.Count:N0} cases, {closed:N0} closed");
        var headlines = new Table().Title($"If the service supported 100 people ({OutcomeTables.PerHundredFile})").AddColumns("people", "of 100 ...", "n");
        foreach (var headline in outcomes.Report.PerHundred)
        {
            var cells = PerHundredLayout.Row(headline, OutcomeTables.Hidden(decision, OutcomeDisclosure.AllPeriods, headline.Source, headline.Category));
            headlines.AddRow(Text(cells[1] ?? DisclosureDecision.WithheldMark), Text(cells[0]), Text(cells[3]));
        }

        AnsiConsole.Write(headlines);
        AnsiConsole.MarkupLineInterpolated($"Disclosure control: {suppression.Rule}; {suppression.Primary} small and {suppression.Complementary} further counts withheld");
        AnsiConsole.MarkupLineInterpolated($"Wrote the outcome tables and rejections.csv to {outputFolder}");
    }

    private static string Text(object? cell) => Markup.Escape(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "");
}
