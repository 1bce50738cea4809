namespace GeoNeeds.Engine.Accounting;

/// <summary>
/// Why an input row was not counted. These strings appear verbatim in <c>rejections.csv</c> and the run
/// summary, so they are part of the output contract: add new ones, never rename.
/// </summary>
public static class RejectionReason
{
    /// <summary>The row has no coordinates (police.uk publishes such rows).</summary>
    public const string NoLocation = "no_location";

    /// <summary>Coordinates are present but not numbers, or not finite.</summary>
    public const string InvalidCoordinate = "invalid_coordinate";

    /// <summary>The point lies outside every polygon of the study layer.</summary>
    public const string OutsideStudyArea = "outside_study_area";

    /// <summary>The postcode is not in the UK postcode format.</summary>
    public const string InvalidPostcode = "invalid_postcode";

    /// <summary>The postcode is well formed but absent from the postcode lookup.</summary>
    public const string PostcodeNotFound = "postcode_not_found";

    /// <summary>The postcode is in the lookup but has neither a usable area code nor coordinates.</summary>
    public const string PostcodeWithoutLocation = "postcode_without_location";

    /// <summary>The CSV line could not be parsed (wrong field count, broken quoting).</summary>
    public const string MalformedRow = "malformed_row";

    /// <summary>A value that should be a number is not one.</summary>
    public const string InvalidNumber = "invalid_number";

    /// <summary>The row's area code is not in the study layer.</summary>
    public const string UnknownAreaCode = "unknown_area_code";

    /// <summary>The row's area code appears more than once where one row per area is required.</summary>
    public const string DuplicateAreaCode = "duplicate_area_code";

    /// <summary>The row does not satisfy the study's selection filter (e.g. not a domestic-abuse crime type).</summary>
    public const string NotSelected = "not_selected";

    /// <summary>A point's month is empty or not a month or date (<c>2025-13</c>, <c>April 2025</c>): it would make a month of its own.</summary>
    public const string InvalidMonth = "invalid_month";

    /// <summary>A referral's date is empty or not a date of the calendar (<c>2025-02-30</c>).</summary>
    public const string InvalidDate = "invalid_date";

    /// <summary>A value every row must carry (a form's case id) is empty.</summary>
    public const string MissingValue = "missing_value";

    /// <summary>A word that is not one the column allows (an abuse level, a yes/no answer, a closure).</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A second exit form for a case that an earlier line already closed.</summary>
    public const string DuplicateExit = "duplicate_exit";

    /// <summary>An exit form whose case has no intake form.</summary>
    public const string UnmatchedExit = "unmatched_exit";

    /// <summary>An intake form of a case that has a later one (before its exit), which is the one used.</summary>
    public const string SupersededIntake = "superseded_intake";
}
