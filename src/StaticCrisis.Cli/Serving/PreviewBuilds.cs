using System.Globalization;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// Builds the site for the preview into memory (never onto disk, never into the site's own output), and keeps serving the
/// last good build when a build fails. Builds run one at a time and share a <see cref="BuildCache"/>, so a rebuild after a
/// save parses and renders only what the save changed.
/// </summary>
public sealed class PreviewBuilds
{
    private BuildRequest _template;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly BuildCache _cache = new();
    private readonly Lock _building = new();
    private PreviewState _state = PreviewState.Empty;

    /// <param name="request">The site, drafts, future and base URL; nothing is written.</param>
    public PreviewBuilds(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        _template = request;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>Changes what later builds use, e.g. the base URL once the server knows its port.</summary>
    public void Configure(BuildRequest request)
    {
        lock (_building)
            _template = request;
    }

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>Raised after every build, good or bad.</summary>
    public event Action<PreviewState>? Built;

    public PreviewState Build()
    {
        lock (_building)
        {
            var previous = State;
            var result = SiteBuilder.Build(_template with { WriteOutput = false, Cache = _cache, Now = Commands.SiteOptions.Now() });
            DiagnosticPrinter.Print(result.Diagnostics, _stderr, _template.Strict);
            PreviewState next;
            if (result.Succeeded)
            {
                var stats = result.Statistics!;
                _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{DateTime.Now:HH:mm:ss} Built {stats.Pages} pages ({stats.Updates} updates, {result.Diagnostics.WarningCount} warnings) in {stats.Elapsed.TotalMilliseconds:0} ms"));
                next = new PreviewState(result.Files.ToDictionary(file => file.Path, StringComparer.Ordinal), [], previous.Version + 1);
            }
            else
            {
                var shown = previous.Files is null ? "Nothing to show until it is fixed." : "Still showing the last good build.";
                _stderr.WriteLine($"{DateTime.Now:HH:mm:ss} Build failed: {result.Diagnostics.ErrorCount} error(s). {shown}");
                var problems = result.Diagnostics.Sorted().Select(diagnostic => diagnostic.ToString()).ToList();
                next = new PreviewState(previous.Files, problems, previous.Version + 1);
            }
            Volatile.Write(ref _state, next);
            Built?.Invoke(next);
            return next;
        }
    }
}
