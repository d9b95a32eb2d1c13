using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// Builds the site for the preview into memory (never onto disk, never into the site's own output), and keeps serving the
/// last good build when a build fails. Builds run one at a time and share a <see cref="BuildCache"/>, so a rebuild after a
/// save parses and renders only what the save changed. A build lists the files without making them: each page or feed is
/// made when a browser first asks for it, and once the rebuild is shown a background pass makes the rest and runs what
/// needs every page (the page budget, the manifest), printing what <c>build</c> would. A newer build abandons that pass.
/// </summary>
public sealed class PreviewBuilds : IDisposable
{
    private BuildRequest _template;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Func<DateTimeOffset> _now;

    /// <summary>The run's language, kept here: rebuilds run on the watcher's threads, where it is not looked up.</summary>
    public UiLanguage Language { get; } = Ui.Language;
    private readonly Lock _building = new();
    private PreviewState _state = PreviewState.Empty;
    private CancellationTokenSource _pass = new();
    private readonly ConcurrentDictionary<(int Version, string Path), string> _failures = new();

    /// <summary>Starts the background pass of the last good build again, until one has reported; null once one has.</summary>
    private Action? _unchecked;

    /// <param name="request">The site, drafts, future and base URL; nothing is written.</param>
    /// <param name="now">"Now" for each build, which decides what is in the future; default: SOURCE_DATE_EPOCH, else the clock.</param>
    public PreviewBuilds(BuildRequest request, TextWriter stdout, TextWriter stderr, Func<DateTimeOffset>? now = null)
    {
        _template = request;
        _stdout = stdout;
        _stderr = stderr;
        _now = now ?? Commands.SiteOptions.Now;
    }

    /// <summary>Changes what later builds use, e.g. the base URL once the server knows its port.</summary>
    public void Configure(BuildRequest request)
    {
        lock (_building)
            _template = request;
    }

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>What one build leaves to the next; its counters tell what the latest build parsed and rendered again.</summary>
    public BuildCache Cache { get; } = new();

    /// <summary>The background pass of the latest good build: done when it has printed what it found, or was abandoned.</summary>
    public Task Checked { get; private set; } = Task.CompletedTask;

    /// <summary>Raised after every build, good or bad.</summary>
    public event Action<PreviewState>? Built;

    public PreviewState Build()
    {
        lock (_building)
        {
            // A cancelled source holds nothing to free (no timer, no links): the pass that still reads its token may keep it.
            _pass.Cancel();
            _pass = new CancellationTokenSource();
            var previous = State;
            var result = SiteBuilder.Build(_template with { Mode = BuildMode.Preview, Cache = Cache, Now = _now() });
            Print(result.Diagnostics);
            PreviewState next;
            var lines = DiagnosticPrinter.Lines(result.Diagnostics, _template.Strict, Language);
            if (result.Succeeded)
            {
                var stats = result.Statistics!;
                _stdout.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewBuilt(stats.Elapsed, stats.Pages, stats.Updates, result.Diagnostics.WarningCount).In(Language)}");
                var unpublished = stats.Unpublished.Select(left => Texts.NotPublished(left).In(Language)).ToList();
                foreach (var line in unpublished)
                    _stdout.WriteLine("  " + Core.Kernel.Diagnostics.TerminalText.Escape(line));
                next = new PreviewState(result.Files.ToDictionary(file => file.Path, StringComparer.Ordinal), [], previous.Version + 1) { Notes = [.. lines, .. unpublished] };
                _failures.Clear();
            }
            else
            {
                _stderr.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewFailed(result.Diagnostics.ErrorCount, previous.Files is not null).In(Language)}");
                next = new PreviewState(previous.Files, lines, previous.Version + 1);
            }
            Volatile.Write(ref _state, next);
            Built?.Invoke(next);
            if (result.Remaining is { } remaining)
                StartPass(remaining, result, next);
            else
                _unchecked?.Invoke(); // a failed build shows the last good one: finish checking it, as this build stopped it
            return next;
        }
    }

    /// <summary>
    /// A file of a shown build that could not be made (a template that throws): printed once per build, and the line the
    /// browser shows in its place.
    /// </summary>
    public string Failed(PreviewState state, string path, Exception error)
    {
        // A site's template that throws is the theme author's to fix: the located error a build gives (SC2003), no stack.
        var bag = new DiagnosticBag();
        if (error is TemplateRenderException)
            TemplateRenderException.Report([(path, error)], bag);
        var problem = bag.Sorted() is [var diagnostic, ..] ? diagnostic.ToString(Language) : Texts.PageNotMade(path, $"{error.GetType().Name}: {error.Message}").In(Language);
        if (_failures.TryAdd((state.Version, path), problem) && error is not TemplateRenderException)
        {
            _stderr.WriteLine($"{DateTime.Now:HH:mm:ss} {problem}");
            _stderr.WriteLine(Problems.InternalError(Texts.WhileMakingAPage).ToString(Language));
            _stderr.WriteLine(error.ToString());
        }
        return problem;
    }

    /// <summary>Starts the background pass of the build now shown. Call while holding the build lock.</summary>
    private void StartPass(RemainingSteps remaining, BuildResult result, PreviewState state)
    {
        // One core is left to the browser, whose reload asks for a page right now.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _template.MaxParallelism - 1), CancellationToken = _pass.Token };
        _unchecked = () => StartPass(remaining, result, state);
        Checked = Task.Run(() => Check(remaining, result, state, parallel));
    }

    /// <summary>The background pass: what <c>build</c> does after rendering, reported unless a newer build came first.</summary>
    private void Check(RemainingSteps remaining, BuildResult result, PreviewState state, ParallelOptions parallel)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var failed = remaining.Run(diagnostics, parallel);
            lock (_building)
            {
                if (parallel.CancellationToken.IsCancellationRequested)
                    return;
                _unchecked = null;
                Print(diagnostics);
                foreach (var (path, error) in failed)
                    Failed(state, path, error);
                _stdout.WriteLine($"{DateTime.Now:HH:mm:ss} {Texts.PreviewChecked(result.Statistics!.Pages, clock.Elapsed, failed.Count, result.Diagnostics.WarningCount + diagnostics.WarningCount).In(Language)}");
                // The panel shows these too from the next page opened; the version stays, so no page reloads for them.
                if (diagnostics.Items.Count > 0 && ReferenceEquals(State, state))
                    Volatile.Write(ref _state, state with { Notes = [.. state.Notes, .. DiagnosticPrinter.Lines(diagnostics, _template.Strict, Language)] });
            }
        }
        catch (OperationCanceledException) when (parallel.CancellationToken.IsCancellationRequested)
        {
            // A newer build is being shown: its own pass reports.
        }
        catch (Exception e)
        {
            _stderr.WriteLine(Problems.InternalError(Texts.WhileCheckingEveryPage).ToString(Language));
            _stderr.WriteLine(e.ToString());
        }
    }

    private void Print(DiagnosticBag diagnostics) =>
        DiagnosticPrinter.Print(diagnostics, _stderr, _template.Strict, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true", Language);

    /// <summary>Abandons the background pass (serve is stopping); it may still be reading the token, so nothing is freed.</summary>
    public void Dispose()
    {
        lock (_building)
            _pass.Cancel();
    }
}
