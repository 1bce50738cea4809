namespace GeoNeeds.Bench.EndToEnd;

/// <summary>One timed <c>geoneeds</c> command.</summary>
/// <param name="Command">The verb as run, e.g. <c>count-points</c>.</param>
/// <param name="ColdCache">Whether the boundary cache was emptied before the run.</param>
/// <param name="WallSeconds">From process start to exit, every file written.</param>
/// <param name="ProcessorSeconds">User and system processor time of the process and its threads.</param>
/// <param name="PeakResidentBytes">The process's peak resident memory.</param>
/// <param name="Stages">The study's stage timings from <c>run-summary.json</c> (<c>assess</c> only).</param>
internal sealed record CliResult(string Command, bool ColdCache, double WallSeconds, double ProcessorSeconds, long PeakResidentBytes, Dictionary<string, double> Stages);
