using System.Globalization;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// Builds the site for the preview, each time into a new private folder under the system temp folder (never the site's
/// own output), and keeps serving the last good one when a build fails. Builds run one at a time.
/// </summary>
public sealed class PreviewBuilds : IDisposable
{
    private BuildRequest _template;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "staticcrisis-serve-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lock _building = new();
    private PreviewState _state = PreviewState.Empty;

    /// <param name="request">The site, drafts, future and base URL; the output folder is chosen here.</param>
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
            var folder = Path.Combine(_root, "build-" + (previous.Version + 1).ToString(CultureInfo.InvariantCulture));
            var result = SiteBuilder.Build(_template with { OutputDirectory = folder, Now = Commands.SiteOptions.Now() });
            DiagnosticPrinter.Print(result.Diagnostics, _stderr, _template.Strict);
            PreviewState next;
            if (result.Succeeded)
            {
                var stats = result.Statistics!;
                _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{DateTime.Now:HH:mm:ss} Built {stats.Pages} pages ({stats.Updates} updates, {result.Diagnostics.WarningCount} warnings) in {stats.Elapsed.TotalMilliseconds:0} ms"));
                next = new PreviewState(folder, [], previous.Version + 1);
            }
            else
            {
                var shown = previous.Folder is null ? "Nothing to show until it is fixed." : "Still showing the last good build.";
                _stderr.WriteLine($"{DateTime.Now:HH:mm:ss} Build failed: {result.Diagnostics.ErrorCount} error(s). {shown}");
                var problems = result.Diagnostics.Sorted().Select(diagnostic => diagnostic.ToString()).ToList();
                next = new PreviewState(previous.Folder, problems, previous.Version + 1);
            }
            Volatile.Write(ref _state, next);
            if (previous.Folder is not null && previous.Folder != next.Folder)
                DeleteQuietly(previous.Folder); // a response still reading a file keeps it open; new requests see the new folder
            Built?.Invoke(next);
            return next;
        }
    }

    public void Dispose() => DeleteQuietly(_root);

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
