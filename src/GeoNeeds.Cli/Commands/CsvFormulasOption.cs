namespace GeoNeeds.Cli.Commands;

/// <summary>The <c>--csv-formulas</c> option's help, the same for every verb that writes CSV.</summary>
internal static class CsvFormulasOption
{
    public const string Template = "--csv-formulas <MODE>";

    public const string Description =
        "Text cells starting with = + - @, tab or CR: neutralise (default) writes a leading ' so spreadsheets do not run them as formulas; keep writes them as read.";
}
