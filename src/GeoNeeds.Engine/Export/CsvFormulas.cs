using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Export;

/// <summary>What CSV outputs do with text that a spreadsheet would run as a formula: <c>neutralise</c> (default) or <c>keep</c>.</summary>
public enum CsvFormulas
{
    /// <summary>Text starting with <c>= + - @</c>, tab or carriage return gets a leading <c>'</c> (<see cref="SpreadsheetFormula.Neutralised"/>).</summary>
    [JsonStringEnumMemberName("neutralise")]
    Neutralise,

    /// <summary>Text is written exactly as read, for tools other than spreadsheets.</summary>
    [JsonStringEnumMemberName("keep")]
    Keep,
}
