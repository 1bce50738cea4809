using System.Text.Json;
using System.Text.Json.Serialization;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The run summary written to <c>run-summary.json</c>: for every input, rows read, matched and rejected by
/// reason (read = matched + rejected must hold), plus the geography, the counts withheld per file, warnings,
/// timings, attribution and, for a study with periods, how the trend's rates are made.
/// </summary>
public sealed record RunSummary(
    string Study,
    string StudyFile,
    string GeneratedBy,
    IReadOnlyList<LevelSummary> Levels,
    IReadOnlyList<InputSummary> Inputs,
    IReadOnlyList<IndicatorSummary> Indicators,
    int SuppressBelow,
    SuppressionReport? Suppression,
    Io.Deprivation.DeprivationIndex? Deprivation,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> StageSeconds,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<string> Attribution,
    string? TrendMethod = null)
{
    /// <summary>The summary's file name in the output folder.</summary>
    public const string FileName = "run-summary.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static RunSummary FromJson(string json) => JsonSerializer.Deserialize<RunSummary>(json, JsonOptions)
        ?? throw new JsonException("run summary is empty");

    public static RunSummary Of(StudyResult result, IReadOnlyList<string> outputs, SuppressionReport suppression) => new(
        result.Definition.Title,
        result.Definition.SourcePath,
        $"GeoNeeds {typeof(RunSummary).Assembly.GetName().Version?.ToString(3)}",
        result.Levels.Select(LevelSummary.Of).ToList(),
        [.. result.Inputs.Select(i => InputSummary.Of(i, result.Definition)),
            .. result.Outcomes.SelectMany(o => o.Forms.Select(f => InputSummary.Of(f.Name, f.File, f.Account, result.Definition)))],
        result.Definition.Indicators.Select(i => new IndicatorSummary(i.Name, i.Input, i.Per, i.Label, Stats.RateEstimate.Source)).ToList(),
        result.Definition.Output.SuppressBelow,
        suppression,
        result.DeprivationIndex,
        result.Warnings,
        result.StageSeconds,
        outputs,
        result.Definition.Attribution,
        result.Definition.Periods.Count > 0 ? GeoNeeds.Engine.Indicators.TrendMeasure.Method(result.Definition.Baseline, result.Definition.Annualise) : null);
}

/// <summary>One level in the run summary.</summary>
/// <param name="Repairs">Each area whose invalid polygon was repaired, with what was wrong; <c>null</c> when none was.</param>
public sealed record LevelSummary(string Name, int Areas, string? CoordinateSystem, int? RepairedGeometries, string? RollupMethod, int? RollupUnassigned, RollupCheck? RollupCheck,
    IReadOnlyList<Geo.AreaRepair>? Repairs = null)
{
    public static LevelSummary Of(StudyLevel level) => new(
        level.Name,
        level.Areas.Count,
        level.Layer?.CoordinateSystem.Code,
        level.Layer?.RepairedGeometries,
        level.CellMethod ?? level.FromBase?.Method,
        level.FromBase?.Unassigned.Count,
        level.RollupCheck,
        level.Layer?.Repairs is { Count: > 0 } repairs ? repairs : null);
}

/// <summary>One input's row account in the run summary (an outcome service's intake and exit forms are listed as inputs of type <c>outcome-forms</c>).</summary>
public sealed record InputSummary(
    string Name,
    string Type,
    IReadOnlyList<string> Files,
    long Read,
    long Matched,
    long Rejected,
    IReadOnlyDictionary<string, long> RejectedByReason,
    bool Balances,
    long? AgreementCompared,
    double? AgreementRows,
    double? AgreementCounts,
    long? PlacedByCode,
    long? PlacedByCoordinates)
{
    public static InputSummary Of(InputResult input, StudyDefinition study) => new(
        input.Definition.Name,
        EnumSpelling.Of(input.Definition.Type),
        input.Files.Select(f => StudyFile.Relative(study, f)).ToList(),
        input.Account.Read,
        input.Account.Matched,
        input.Account.Rejected,
        input.Account.RejectedByReason,
        input.Account.Balances,
        input.Agreement?.Compared,
        input.Agreement?.RowAgreement,
        input.Agreement?.CountAgreement,
        input.PlacedByCode,
        input.PlacedByCoordinates);

    /// <summary>An outcome form file's row account: matched means the form belongs to a case analysed.</summary>
    public static InputSummary Of(string name, string file, Accounting.InputAccount account, StudyDefinition study) => new(
        name, OutcomeFormsType, [StudyFile.Relative(study, file)], account.Read, account.Matched, account.Rejected, account.RejectedByReason, account.Balances,
        null, null, null, null, null);

    /// <summary>The <see cref="Type"/> of an outcome form file's row account.</summary>
    public const string OutcomeFormsType = "outcome-forms";
}

/// <summary>One indicator's definition and method source in the run summary.</summary>
public sealed record IndicatorSummary(string Name, string Input, double Per, string? Label, string Method);
