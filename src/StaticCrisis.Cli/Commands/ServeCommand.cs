using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Templates;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis serve [SITE_DIR] [--port N] [--drafts] [--future] [--bind ADDRESS]</c></summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    /// <summary>How long the files must be quiet after a save before the rebuild starts.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = $"The port to listen on (default: {DefaultPort}; 0 picks a free one)", DefaultValueFactory = _ => DefaultPort, HelpName = "N" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                result.AddError("--port must be between 0 and 65535");
        });
        var bind = new Option<string?>("--bind") { Description = "Listen on this address instead of 127.0.0.1, e.g. 0.0.0.0 to let other computers see the preview (drafts included)", HelpName = "ADDRESS" };
        bind.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IPAddress.TryParse(value, out _))
                result.AddError($"--bind \"{value}\" is not an IP address such as 127.0.0.1 or 0.0.0.0");
        });
        var command = new Command("serve", """
            Preview the site in a browser while you write. Builds in memory (never into the site's output),
            serves it on http://127.0.0.1:8080/, rebuilds when site.yml, content/ or the theme change, and reloads
            open pages. A mistake is shown in the terminal and on the page, over the last version that built.
            Stop with Ctrl+C.

            Examples:
              staticcrisis serve
              staticcrisis serve my-site --drafts --future
              staticcrisis serve --port 9000
              staticcrisis serve --bind 0.0.0.0      (visible to other computers on the network)
            """);
        options.AddSelectionTo(command);
        command.Options.Add(port);
        command.Options.Add(bind);
        command.SetAction((parse, cancellationToken) =>
        {
            var address = parse.GetValue(bind) is { } text ? IPAddress.Parse(text) : IPAddress.Loopback;
            return RunAsync(options.ToSelectionRequest(parse), address, parse.GetValue(port), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(BuildRequest request, IPAddress address, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine($"staticcrisis: the site folder '{request.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        cancellationToken = stop.Token;
        using var builds = new PreviewBuilds(request with { SiteDirectory = siteDirectory }, stdout, stderr);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(address, port, builds, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"staticcrisis: port {port} on {address} is already in use; choose another with --port");
            return ExitCodes.SiteErrors;
        }
        await using (server)
        {
            // Links that must be absolute (feed, 404 page) point at the preview, not at the published site.
            var shown = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? new UriBuilder(server.Address) { Host = "localhost" }.Uri : server.Address;
            builds.Configure(request with { SiteDirectory = siteDirectory, BaseUrl = shown.ToString() });
            builds.Build();
            using var watcher = new SiteWatcher(siteDirectory, [ThemeLocator.BuiltInThemesDirectory], () => Rebuild(builds, stderr), Settle);
            stdout.WriteLine($"Serving {Path.GetRelativePath(Directory.GetCurrentDirectory(), siteDirectory)} at {shown} – open it in a browser. Press Ctrl+C to stop.");
            if (!IPAddress.IsLoopback(address))
                stdout.WriteLine($"Listening on {address}: other computers that can reach this one can see the preview, drafts included.");
            // The signal cancels on its own thread: yield, so stopping never runs inside the signal handler.
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        }
        builds.Dispose(); // its background pass says nothing after this
        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    /// <summary>Ctrl+C or SIGTERM: stop serving cleanly instead of letting the runtime end the process.</summary>
    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    /// <summary>A rebuild runs on a timer thread: a bug must be reported, not end the preview.</summary>
    private static void Rebuild(PreviewBuilds builds, TextWriter stderr)
    {
        try
        {
            builds.Build();
        }
        catch (Exception e)
        {
            stderr.WriteLine("staticcrisis: internal error while rebuilding; this is a bug in staticcrisis, please report it with the text below.");
            stderr.WriteLine(e.ToString());
        }
    }
}
