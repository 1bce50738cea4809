using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>Reads a service's intake forms from a CSV file with a header (columns: <see cref="OutcomeColumns.Intake"/>).</summary>
public static class IntakeFormReader
{
    /// <summary>
    /// The good forms of <paramref name="path"/>. Every data row is counted in <see cref="InputAccount.Read"/>; a row
    /// not returned is rejected as <see cref="RejectionReason.MalformedRow"/>, <see cref="RejectionReason.MissingValue"/>
    /// (no case id), <see cref="RejectionReason.InvalidDate"/>, <see cref="RejectionReason.InvalidNumber"/> (a DASH score
    /// outside 0–27) or <see cref="RejectionReason.InvalidValue"/> (a level, answer or <c>repeat</c> word it does not know),
    /// with the first bad field. Returned forms are not counted as matched: matching does that.
    /// </summary>
    /// <exception cref="InputDataException">The file is missing or empty, or lacks a required column.</exception>
    public static IReadOnlyList<IntakeForm> Read(string path, OutcomeService service, InputAccount account, ICollection<InputWarning>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var forms = FormTable.Open(path, OutcomeColumns.Intake(service), warnings);
        var place = forms.Table.ColumnNamedAnyOf("postcode or area code", OutcomeColumns.Postcode, OutcomeColumns.AreaCode);
        var answers = OutcomeColumns.IntakeAnswers(service);
        var read = new List<IntakeForm>();
        foreach (var fields in forms.Rows(account))
        {
            var profile = forms.Profile(fields, OutcomeColumns.IntakeProfile);
            profile[OutcomeColumns.Repeat] = fields.Choice(forms[OutcomeColumns.Repeat], OutcomeColumns.RepeatWords);
            var form = new IntakeForm(
                fields.Line,
                fields.Required(forms[OutcomeColumns.CaseId]),
                fields.Date(forms[OutcomeColumns.IntakeDate]),
                fields.Text(place),
                fields.WholeNumber(forms[OutcomeColumns.DashTicks], OutcomeColumns.MaximumDashTicks),
                forms.Fields(OutcomeColumns.AbuseTypes, fields.Level),
                forms.Fields(answers, fields.Answer),
                profile);
            if (fields.Problem is { } problem)
            {
                account.Reject(problem);
                continue;
            }

            read.Add(form);
        }

        return read;
    }
}
