using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>One service's intake and exit forms read, matched and analysed: everything the outcome tables are made from.</summary>
/// <param name="Intake">What happened to every intake form.</param>
/// <param name="Exit">What happened to every exit form.</param>
/// <param name="Cases">The matched cases.</param>
/// <param name="Report">The tables over every case.</param>
/// <param name="Years">The closed-case tables of each financial year of exit.</param>
/// <param name="Warnings">Problems the files were read despite.</param>
public sealed record ServiceOutcomes(
    InputAccount Intake,
    InputAccount Exit,
    IReadOnlyList<OutcomeCase> Cases,
    OutcomeReport Report,
    IReadOnlyList<(string Year, OutcomeReport Report)> Years,
    IReadOnlyList<InputWarning> Warnings)
{
    /// <summary>Reads, matches and analyses the forms of <paramref name="service"/>, profiling <paramref name="extraFields"/> (columns the intake forms add) too.</summary>
    /// <exception cref="InputDataException">A file cannot be read or lacks a column, or an extra field is not a column of the intake file.</exception>
    public static ServiceOutcomes Run(string intakeFile, string exitFile, OutcomeService service, IReadOnlyList<string>? extraFields = null)
    {
        var warnings = new List<InputWarning>();
        var (intakeAccount, exitAccount) = (new InputAccount("intake"), new InputAccount("exit"));
        var intakes = IntakeFormReader.Read(intakeFile, service, intakeAccount, warnings);
        var exits = ExitFormReader.Read(exitFile, service, exitAccount, warnings);
        var fields = extraFields ?? [];
        if (intakes.Count > 0 && fields.FirstOrDefault(field => !intakes[0].Profile.ContainsKey(field)) is { } unknown)
        {
            throw new InputDataException(intakeFile, 1, unknown, $"no column '{unknown}' to profile; the header has: {string.Join(", ", intakes[0].Profile.Keys)}");
        }

        var cases = CaseMatcher.Match(intakes, exits, intakeAccount, exitAccount, intakeFile, exitFile);
        return new ServiceOutcomes(intakeAccount, exitAccount, cases, OutcomeReport.Of(cases, service, fields), OutcomeYears.Of(cases, service), warnings);
    }
}
