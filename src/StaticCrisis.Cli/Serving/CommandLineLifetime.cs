using Microsoft.Extensions.Hosting;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to the command line (which cancels serve's token) instead of the host's console lifetime,
/// which would swallow the signal and stop only the web server.
/// </summary>
public sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
