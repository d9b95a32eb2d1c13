using System.Diagnostics;
using System.Globalization;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Cli.Terminal;

/// <summary>
/// Shows how a build is going, on stderr: on a terminal a bar redrawn in place (once the build has run for a moment) and
/// erased at the end; elsewhere plain lines, only for long builds or with --verbose, so logs stay short.
/// </summary>
public sealed class ProgressDisplay : IProgress<BuildProgress>
{
    /// <summary>From this many items, a build counts as long and gets plain progress lines too.</summary>
    public const int LongBuild = 200;

    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(80);

    private readonly TextWriter _stderr;
    private readonly TerminalStyle _style;
    private readonly Verbosity _verbosity;
    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private BuildStep? _step;
    private int _lastQuarter;
    private bool _lineShown;

    public ProgressDisplay(TextWriter stderr, TerminalStyle style, Verbosity verbosity)
    {
        _stderr = stderr;
        _style = style;
        _verbosity = verbosity;
    }

    public void Report(BuildProgress value)
    {
        if (_verbosity == Verbosity.Quiet)
            return;
        lock (_lock)
        {
            var newStage = value.Step != _step;
            _step = value.Step;
            if (newStage)
                _lastQuarter = 0;
            if (_style.Interactive && _verbosity == Verbosity.Normal)
                Draw(value);
            else
                WriteLine(value, newStage);
        }
    }

    private void Draw(BuildProgress value)
    {
        if (value.Step == BuildStep.Done)
        {
            if (_lineShown)
                _stderr.Write("\r\u001b[K");
            _lineShown = false;
            return;
        }
        if (value.Total == 0 || value.Elapsed < Delay || (_sinceDrawn.Elapsed < Redraw && value.Done != value.Total))
            return;
        const int width = 24;
        var filled = width * value.Done / value.Total;
        _stderr.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{Label(value.Step),-20} [{new string('#', filled)}{new string('-', width - filled)}] {value.Done}/{value.Total}\u001b[K"));
        _stderr.Flush();
        _lineShown = true;
        _sinceDrawn.Restart();
    }

    private void WriteLine(BuildProgress value, bool newStage)
    {
        var verbose = _verbosity == Verbosity.Verbose;
        if (!verbose && value.Total < LongBuild)
            return;
        var quarter = value.Total == 0 ? 0 : 4 * value.Done / value.Total;
        if (newStage)
        {
            var items = value.Total > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({value.Total})") : "";
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Elapsed.TotalSeconds,6:0.00} s  {Label(value.Step)}{items}"));
        }
        else if (value.Total >= LongBuild && quarter > _lastQuarter && quarter < 4)
        {
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Elapsed.TotalSeconds,6:0.00} s  {Label(value.Step)}: {value.Done}/{value.Total}"));
        }
        _lastQuarter = Math.Max(_lastQuarter, quarter);
    }

    private static string Label(BuildStep step) => step switch
    {
        BuildStep.Config => "Reading site and theme",
        BuildStep.Markdown => "Rendering updates",
        BuildStep.Pages => "Rendering pages",
        BuildStep.Write => "Writing files",
        BuildStep.Done => "Done",
        _ => step.ToString(),
    };
}
