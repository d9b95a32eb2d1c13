using System.Diagnostics;
using System.Globalization;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Terminal;

/// <summary>
/// Shows how each mirror's upload is going, on stderr: on a terminal one line for all mirrors, redrawn in place and
/// erased at the end; elsewhere (CI, a log) plain lines at each quarter of a long upload, so logs stay short.
/// </summary>
public sealed class PublishProgressDisplay
{
    private const int LongUpload = 200;
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _stderr;
    private readonly TerminalStyle _style;
    private readonly Verbosity _verbosity;
    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private readonly Dictionary<string, ApplyProgress> _mirrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _quarters = new(StringComparer.Ordinal);
    private bool _lineShown;

    public PublishProgressDisplay(TextWriter stderr, TerminalStyle style, Verbosity verbosity)
    {
        _stderr = stderr;
        _style = style;
        _verbosity = verbosity;
    }

    public IProgress<ApplyProgress> For(string mirror) => new MirrorProgress(this, mirror);

    /// <summary>Erases the live line before other output is printed.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_lineShown)
                _stderr.Write("\r\u001b[K");
            _lineShown = false;
        }
    }

    private void Report(string mirror, ApplyProgress value)
    {
        if (_verbosity == Verbosity.Quiet)
            return;
        lock (_lock)
        {
            _mirrors[mirror] = value;
            if (_style.Interactive && _verbosity == Verbosity.Normal)
                Draw();
            else
                WriteLine(mirror, value);
        }
    }

    private void Draw()
    {
        if (_sinceDrawn.Elapsed < Redraw && _mirrors.Values.Any(value => value.Done != value.Total))
            return;
        var parts = _mirrors.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value.Done}/{pair.Value.Total}"));
        _stderr.Write("\rPublishing: " + string.Join("  ", parts) + "\u001b[K");
        _stderr.Flush();
        _lineShown = true;
        _sinceDrawn.Restart();
    }

    private void WriteLine(string mirror, ApplyProgress value)
    {
        if (_verbosity != Verbosity.Verbose && value.Total < LongUpload)
            return;
        var quarter = value.Total == 0 ? 4 : 4 * value.Done / value.Total;
        if (quarter <= _quarters.GetValueOrDefault(mirror) || quarter == 4 && _verbosity != Verbosity.Verbose)
            return;
        _quarters[mirror] = quarter;
        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mirror}: {value.Done}/{value.Total} files ({ByteSize.Format(value.Bytes)})"));
    }

    private sealed class MirrorProgress(PublishProgressDisplay display, string mirror) : IProgress<ApplyProgress>
    {
        public void Report(ApplyProgress value) => display.Report(mirror, value);
    }
}
