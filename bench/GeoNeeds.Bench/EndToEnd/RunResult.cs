namespace GeoNeeds.Bench.EndToEnd;

/// <summary>What one measured run reports to the driver: one JSON line on standard output.</summary>
/// <param name="Path">Which path ran: <c>engine</c> or <c>baseline</c>.</param>
/// <param name="Rows">Data rows in the points file.</param>
/// <param name="Matched">Rows counted in an LSOA.</param>
/// <param name="Rejected">Rows rejected (no location, outside every LSOA).</param>
/// <param name="WallSeconds">From process start to the last output file written.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set.</param>
/// <param name="Stages">Wall seconds per stage, in order.</param>
/// <param name="ProcessorSeconds">Processor seconds per stage (all threads), in order.</param>
internal sealed record RunResult(string Path, long Rows, long Matched, long Rejected, double WallSeconds, long PeakWorkingSetBytes,
    Dictionary<string, double> Stages, Dictionary<string, double> ProcessorSeconds)
{
    public double RowsPerSecond => Rows / WallSeconds;
}
