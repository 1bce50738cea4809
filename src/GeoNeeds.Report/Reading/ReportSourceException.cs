namespace GeoNeeds.Report.Reading;

/// <summary>The folder given to the report is not a finished study output; the message says why and what to do.</summary>
public sealed class ReportSourceException(string message) : Exception(message);
