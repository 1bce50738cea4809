using System.Globalization;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes a service's intake and exit forms as the case-management export an outcomes lead would receive: one row
/// per form, gaps where a worker left a field empty, and the faults such exports have (a superseded intake form,
/// exits whose intake is missing, an intake date typed after the exit).
/// </summary>
/// <remarks>
/// About two thirds of cases have an exit form: some are still open at the end of the demo year and some closed
/// without one, as published outcome reports find.
/// </remarks>
internal static class OutcomeFormFiles
{
    private const double BlankShare = 0.02;

    // Left empty more often than other fields: the DASH checklist is not always completed, contacts not always counted.
    private static readonly Dictionary<string, double> BlankShares = new(StringComparer.Ordinal) { ["dash_ticks"] = 0.05, ["contacts"] = 0.04 };

    // Filled in by the case-management system itself, so never empty.
    private static readonly HashSet<string> NeverBlank = new(["case_id", "intake_date", "exit_date", "service", "closure"], StringComparer.Ordinal);

    /// <summary>Writes <c>NAME_intake.csv</c> and <c>NAME_exit.csv</c> into <paramref name="folder"/> and returns their paths.</summary>
    public static OutcomeFiles Write(string folder, OutcomeService service, WeightedChoice<FakePostcode> homes, Random random)
    {
        var synthesis = new ServiceCaseSynthesis(service, homes, random);

        // Exits of cases opened before the records began have no intake form; they hold the lowest case numbers.
        var withoutIntake = new List<ServiceCase>();
        while (withoutIntake.Count < service.Planted.ExitsWithoutIntake)
        {
            var earlier = synthesis.Next(CaseId(service, withoutIntake.Count + 1), ServiceCaseSynthesis.FirstDay.AddDays(-random.Next(1, 120)));
            if (earlier.ExitDate >= ServiceCaseSynthesis.FirstDay && Closed(earlier))
            {
                withoutIntake.Add(earlier);
            }
        }

        var cases = Enumerable.Range(0, service.Cases).Select(_ => synthesis.DrawOpening()).Order().ToList()
            .Select((opened, i) => synthesis.Next(CaseId(service, withoutIntake.Count + i + 1), opened)).ToList();
        var exited = Shuffled(cases.Where(Closed), random).Take(service.ExitForms).ToList();

        var superseded = Shuffled(cases.Where(c => c.IntakeDate.DayNumber - ServiceCaseSynthesis.FirstDay.DayNumber > 60), random)
            .Take(service.Planted.DuplicateIntakes).ToList();
        var mistyped = Shuffled(exited.Except(superseded).Where(c => ServiceCaseSynthesis.LastDay.DayNumber - c.ExitDate.DayNumber > 60), random)
            .Take(service.Planted.IntakesAfterExit).ToHashSet();

        var intakes = cases.Select(c => Form(c.CaseId, mistyped.Contains(c) ? c.ExitDate.AddDays(random.Next(3, 61)) : c.IntakeDate, c.Intake))
            .Concat(superseded.Select(c => Form(c.CaseId, c.IntakeDate.AddDays(-random.Next(7, 43)), FirstContact(c.Intake, random))))
            .ToList();
        var exits = exited.Concat(withoutIntake).Select(c => Form(c.CaseId, c.ExitDate, c.Exit)).ToList();

        var intakePath = Path.Combine(folder, $"{service.Name}_intake.csv");
        var exitPath = Path.Combine(folder, $"{service.Name}_exit.csv");
        DemoCsv.Write(intakePath, string.Join(',', service.IntakeColumns), Rows(intakes, service.IntakeColumns, random));
        DemoCsv.Write(exitPath, string.Join(',', service.ExitColumns), Rows(exits, service.ExitColumns, random));
        return new OutcomeFiles(intakePath, exitPath);
    }

    /// <summary>Case references numbered in the order cases were opened, e.g. <c>AD00042</c>.</summary>
    private static string CaseId(OutcomeService service, int number) => $"{service.CaseIdPrefix}{number:D5}";

    private static bool Closed(ServiceCase serviceCase) => serviceCase.ExitDate <= ServiceCaseSynthesis.LastDay;

    private static (string CaseId, string Date, IReadOnlyDictionary<string, string> Answers) Form(
        string caseId, DateOnly date, IReadOnlyDictionary<string, string> answers) =>
        (caseId, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), answers);

    /// <summary>The first, superseded intake form: the same person, a DASH score a few ticks off the later one.</summary>
    private static Dictionary<string, string> FirstContact(IReadOnlyDictionary<string, string> intake, Random random)
    {
        var first = new Dictionary<string, string>(intake, StringComparer.Ordinal);
        var ticks = int.Parse(intake["dash_ticks"], CultureInfo.InvariantCulture) + random.Next(-3, 4);
        first["dash_ticks"] = DemoCsv.Number(Math.Clamp(ticks, 1, DashScore.MaximumTicks));
        return first;
    }

    /// <summary>The forms in date then case order, their first two columns the case id and date, with fields left empty.</summary>
    private static IEnumerable<IEnumerable<string>> Rows(
        IEnumerable<(string CaseId, string Date, IReadOnlyDictionary<string, string> Answers)> forms, IReadOnlyList<string> columns, Random random) =>
        forms.OrderBy(f => f.Date, StringComparer.Ordinal).ThenBy(f => f.CaseId, StringComparer.Ordinal).ToList()
            .Select(form => columns.Skip(2).Select(column => Blanked(column, form.Answers[column], random)).Prepend(form.Date).Prepend(form.CaseId).ToList());

    private static string Blanked(string column, string answer, Random random) =>
        !NeverBlank.Contains(column) && RandomDraws.Chance(random, BlankShares.GetValueOrDefault(column, BlankShare)) ? "" : answer;

    private static T[] Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
