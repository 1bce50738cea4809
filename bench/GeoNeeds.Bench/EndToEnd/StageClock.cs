using System.Diagnostics;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>Times the stages of one run, from the moment the process started, in the order they ran.</summary>
internal sealed class StageClock
{
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private DateTime _last;

    public StageClock()
    {
        _last = DateTime.UtcNow;
        Stages.Add(("startup", (_last - _processStart).TotalSeconds));
    }

    public List<(string Stage, double Seconds)> Stages { get; } = [];

    /// <summary>Seconds from process start to now.</summary>
    public double SinceProcessStart => (DateTime.UtcNow - _processStart).TotalSeconds;

    public T Time<T>(string stage, Func<T> work)
    {
        var result = work();
        var now = DateTime.UtcNow;
        Stages.Add((stage, (now - _last).TotalSeconds));
        _last = now;
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
