using System.Diagnostics;

namespace StaticCrisis.Core.Build;

/// <summary>Times the steps of a build: each lap is the time since the previous one.</summary>
public sealed class StepClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(BuildStep Step, TimeSpan Elapsed)> _laps = [];
    private TimeSpan _last;

    public IReadOnlyList<(BuildStep Step, TimeSpan Elapsed)> Laps => _laps;

    public void Lap(BuildStep step)
    {
        var now = _watch.Elapsed;
        _laps.Add((step, now - _last));
        _last = now;
    }
}
