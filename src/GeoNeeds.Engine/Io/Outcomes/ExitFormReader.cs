using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>Reads a service's exit forms from a CSV file with a header (columns: <see cref="OutcomeColumns.Exit"/>).</summary>
public static class ExitFormReader
{
    /// <summary>
    /// The good forms of <paramref name="path"/>, at most one per case. Every data row is counted in
    /// <see cref="InputAccount.Read"/>; a row not returned is rejected as on intake forms (a <c>closure</c> other than
    /// <c>planned</c> or <c>unplanned</c>, or <c>contacts</c> that is not a whole number, too), or as
    /// <see cref="RejectionReason.DuplicateExit"/> when an earlier line already closed its case. Returned forms are not
    /// counted as matched: matching does that.
    /// </summary>
    /// <exception cref="InputDataException">The file is missing or empty, or lacks a required column.</exception>
    public static IReadOnlyList<ExitForm> Read(string path, OutcomeService service, InputAccount account, ICollection<InputWarning>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var forms = FormTable.Open(path, OutcomeColumns.Exit(service), warnings);
        var answers = OutcomeColumns.ExitAnswers(service);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var read = new List<ExitForm>();
        foreach (var fields in forms.Rows(account))
        {
            var form = new ExitForm(
                fields.Line,
                fields.Required(forms[OutcomeColumns.CaseId]),
                fields.Date(forms[OutcomeColumns.ExitDate]),
                fields.Choice(forms[OutcomeColumns.Closure], OutcomeColumns.ClosureWords),
                fields.WholeNumber(forms[OutcomeColumns.Contacts]),
                fields.WholeNumber(forms[OutcomeColumns.DashTicks], OutcomeColumns.MaximumDashTicks),
                forms.Fields(OutcomeColumns.AbuseTypes, fields.Level),
                forms.Fields(answers, fields.Answer),
                forms.Profile(fields, [OutcomeColumns.ClosureReason]));
            if (fields.Problem is { } problem)
            {
                account.Reject(problem);
            }
            else if (!firstLine.TryAdd(form.CaseId, form.Line))
            {
                account.Reject(fields.Rejection(RejectionReason.DuplicateExit, OutcomeColumns.CaseId,
                    $"case '{form.CaseId}' already has an exit form on line {firstLine[form.CaseId]}"));
            }
            else
            {
                read.Add(form);
            }
        }

        return read;
    }
}
