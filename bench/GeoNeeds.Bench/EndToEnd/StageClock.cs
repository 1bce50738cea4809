using System.Diagnostics;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// Times the stages of one run, from the moment the process started, in the order they ran: wall seconds, and the
/// processor seconds of all threads (which a loaded machine inflates far less than wall time).
/// </summary>
internal sealed class StageClock
{
    private readonly DateTime _processStart;
    private DateTime _last;
    private TimeSpan _lastProcessor;

    public StageClock()
    {
        using var process = Process.GetCurrentProcess();
        _processStart = process.StartTime.ToUniversalTime();
        _last = DateTime.UtcNow;
        _lastProcessor = process.TotalProcessorTime;
        Stages.Add(("startup", (_last - _processStart).TotalSeconds));
        ProcessorSeconds.Add(("startup", _lastProcessor.TotalSeconds));
    }

    public List<(string Stage, double Seconds)> Stages { get; } = [];

    public List<(string Stage, double Seconds)> ProcessorSeconds { get; } = [];

    /// <summary>Seconds from process start to now.</summary>
    public double SinceProcessStart => (DateTime.UtcNow - _processStart).TotalSeconds;

    public T Time<T>(string stage, Func<T> work)
    {
        var result = work();
        var now = DateTime.UtcNow;
        using var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        Stages.Add((stage, (now - _last).TotalSeconds));
        ProcessorSeconds.Add((stage, (processor - _lastProcessor).TotalSeconds));
        (_last, _lastProcessor) = (now, processor);
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
