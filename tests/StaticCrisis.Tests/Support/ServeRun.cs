using System.Text.RegularExpressions;
using StaticCrisis.Cli;

namespace StaticCrisis.Tests.Support;

/// <summary>
/// <c>staticcrisis serve</c> run in-process on a free loopback port, as the command line runs it; stopped the way Ctrl+C
/// stops it (its cancellation token), with every wait bounded.
/// </summary>
public sealed partial class ServeRun : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly TextWriter _syncedOut;
    private readonly TextWriter _syncedErr;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _running;

    private ServeRun(string[] args)
    {
        _syncedOut = TextWriter.Synchronized(_stdout);
        _syncedErr = TextWriter.Synchronized(_stderr);
        _running = Task.Run(() => CommandRunner.RunAsync(["serve", .. args, "--port", "0"], _syncedOut, _syncedErr, _stop.Token, name => name == "LANG" ? "en_US.UTF-8" : null));
        Http = new HttpClient { Timeout = Patience };
    }

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; }

    public string Stdout { get { lock (_syncedOut) return _stdout.ToString(); } }

    public string Stderr { get { lock (_syncedErr) return _stderr.ToString(); } }

    public static async Task<ServeRun> StartAsync(params string[] args)
    {
        var run = new ServeRun(args);
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !run._running.IsCompleted)
        {
            if (ServingAt().Match(run.Stdout) is { Success: true } match)
            {
                run.Address = new Uri(match.Groups[1].Value);
                run.Http.BaseAddress = run.Address;
                return run;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"serve did not start. stdout: {run.Stdout} stderr: {run.Stderr}");
    }

    /// <summary>Stops as Ctrl+C does, and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running.WaitAsync(Patience);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing after a bounded wait.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("waited too long for " + what);
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
            await StopAsync();
        Http.Dispose();
        _stop.Dispose();
    }

    [GeneratedRegex(@"Serving .* at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();
}
