using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Preview;

/// <summary>
/// Builds the site for the preview into memory (never onto disk, never into the site's own output), and keeps serving the
/// last good build when a build fails. Builds run one at a time and share a <see cref="BuildCache"/>, so a rebuild after a
/// save parses and renders only what the save changed. A build lists the files without making them: each page or feed is
/// made when a browser first asks for it, and once the rebuild is shown a background pass makes the rest and runs what
/// needs every page (the page budget, the manifest), reporting what <c>build</c> would. A newer build abandons that pass.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private BuildRequest _template;
    private readonly IPreviewReporter _reporter;
    private readonly Func<DateTimeOffset> _now;
    private readonly Lock _building = new();
    private PreviewState _state = PreviewState.Empty;
    private CancellationTokenSource _pass = new();
    private readonly ConcurrentDictionary<(int Version, string Path), Diagnostic> _failures = new();

    /// <summary>Starts the background pass of the last good build again, until one has reported; null once one has.</summary>
    private Action? _unchecked;

    /// <param name="request">The site, drafts, future and base URL; nothing is written.</param>
    /// <param name="now">"Now" for each build, which decides what is in the future.</param>
    public PreviewSession(BuildRequest request, IPreviewReporter reporter, Func<DateTimeOffset> now)
    {
        _template = request;
        _reporter = reporter;
        _now = now;
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

    /// <summary>The background pass of the latest good build: done when it has reported what it found, or was abandoned.</summary>
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
            var shown = Shown(result.Diagnostics);
            var next = result.Succeeded
                ? new PreviewState(result.Files.ToDictionary(file => file.Path, StringComparer.Ordinal), [], previous.Version + 1) { Notes = shown, Unpublished = result.Statistics!.Unpublished }
                : new PreviewState(previous.Files, shown, previous.Version + 1);
            if (result.Succeeded)
                _failures.Clear();
            _reporter.Built(result, next, previous.Files is not null);
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
    /// A file of a shown build that could not be made (a template that throws): reported once per build, and the problem
    /// the browser shows in its place.
    /// </summary>
    public Diagnostic Failed(PreviewState state, string path, Exception error)
    {
        // A site's template that throws is the theme author's to fix: the located error a build gives (SC2003), no stack.
        var bag = new DiagnosticBag();
        if (error is TemplateRenderException)
            TemplateRenderException.Report([(path, error)], bag);
        var problem = bag.Sorted() is [var located, ..] ? located : Problems.FileNotMade(path, $"{error.GetType().Name}: {error.Message}");
        if (_failures.TryAdd((state.Version, path), problem))
            _reporter.FileFailed(problem, error is TemplateRenderException ? null : error);
        return problem;
    }

    private IReadOnlyList<Diagnostic> Shown(DiagnosticBag diagnostics) => [.. diagnostics.Sorted().Select(diagnostic => diagnostic.AsErrorWhen(_template.Strict))];

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
                foreach (var (path, error) in failed)
                    Failed(state, path, error);
                _reporter.Checked(result, diagnostics, failed.Count, clock.Elapsed);
                // The panel shows these too from the next page opened; the version stays, so no page reloads for them.
                if (diagnostics.Items.Count > 0 && ReferenceEquals(State, state))
                    Volatile.Write(ref _state, state with { Checked = Shown(diagnostics) });
            }
        }
        catch (OperationCanceledException) when (parallel.CancellationToken.IsCancellationRequested)
        {
            // A newer build is being shown: its own pass reports.
        }
        catch (Exception e)
        {
            _reporter.PassFailed(e);
        }
    }

    /// <summary>Abandons the background pass (serve is stopping); it may still be reading the token, so nothing is freed.</summary>
    public void Dispose()
    {
        lock (_building)
            _pass.Cancel();
    }
}
