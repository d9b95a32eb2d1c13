using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;

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
        var port = new Option<int>("--port", "-p") { Description = Ui.Say(HelpTexts.Port(DefaultPort)), DefaultValueFactory = _ => DefaultPort, HelpName = "N" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                result.AddError(Ui.Say(HelpTexts.PortRange));
        });
        var bind = new Option<string?>("--bind") { Description = Ui.Say(HelpTexts.Bind), HelpName = "ADDRESS" };
        bind.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IPAddress.TryParse(value, out _))
                result.AddError(Ui.Say(HelpTexts.BindInvalid(value)));
        });
        var command = new Command("serve", Ui.Say(HelpTexts.CommandServe));
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
            stderr.WriteLine(Ui.Say(Problems.SiteFolderMissing(request.SiteDirectory)));
            return ExitCodes.Usage;
        }
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        cancellationToken = stop.Token;
        var reporter = new TerminalPreviewReporter(stdout, stderr, request.Strict, Ui.Language);
        using var builds = new PreviewSession(request with { SiteDirectory = siteDirectory }, reporter, SiteOptions.Now);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(address, port, builds, reporter.Language, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine(Ui.Say(Problems.PortInUse(port, address.ToString())));
            return ExitCodes.SiteErrors;
        }
        await using (server)
        {
            // Links that must be absolute (feed, 404 page) point at the preview, not at the published site.
            var shown = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? new UriBuilder(server.Address) { Host = "localhost" }.Uri : server.Address;
            builds.Configure(request with { SiteDirectory = siteDirectory, BaseUrl = shown.ToString() });
            builds.Build();
            using var watcher = new SiteWatcher(siteDirectory, [ThemeLocator.BuiltInThemesDirectory], () => Rebuild(builds, stderr), Settle);
            stdout.WriteLine(Ui.Say(Texts.Serving(Path.GetRelativePath(Directory.GetCurrentDirectory(), siteDirectory), shown)));
            if (!IPAddress.IsLoopback(address))
                stdout.WriteLine(Ui.Say(Texts.ListeningBeyondLoopback(address.ToString())));
            // The signal cancels on its own thread: yield, so stopping never runs inside the signal handler.
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        }
        builds.Dispose(); // its background pass says nothing after this
        stdout.WriteLine(Ui.Say(Texts.Stopped));
        return ExitCodes.Success;
    }

    /// <summary>Ctrl+C or SIGTERM: stop serving cleanly instead of letting the runtime end the process.</summary>
    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    /// <summary>A rebuild runs on a timer thread: a bug must be reported, not end the preview.</summary>
    private static void Rebuild(PreviewSession builds, TextWriter stderr)
    {
        try
        {
            builds.Build();
        }
        catch (Exception e)
        {
            stderr.WriteLine(Ui.Say(Problems.InternalError(Texts.WhileRebuilding)));
            stderr.WriteLine(e.ToString());
        }
    }
}
