using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using StaticCrisis.Cli.Desk;
using StaticCrisis.Cli.Signing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis desk [SITE_DIR] [--port N] [--name NAME] [--key FILE]</c>: the browser editor, on loopback.</summary>
public static class DeskCommand
{
    public const int DefaultPort = 8090;

    public static Command Create()
    {
        var site = new Argument<string>("SITE_DIR") { Description = Ui.Say(HelpTexts.SiteDir), DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port", "-p") { Description = Ui.Say(HelpTexts.Port(DefaultPort)), DefaultValueFactory = _ => DefaultPort, HelpName = "N" };
        var name = new Option<string?>("--name") { Description = Ui.Say(HelpTexts.DeskName), HelpName = "NAME" };
        var key = new Option<string?>("--key") { Description = Ui.Say(HelpTexts.DeskKey), HelpName = "FILE" };
        var command = new Command("desk", Ui.Say(HelpTexts.CommandDesk));
        command.Arguments.Add(site);
        command.Options.Add(port);
        command.Options.Add(name);
        command.Options.Add(key);
        command.SetAction((parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var problems = new DiagnosticBag();
            var secret = parse.GetValue(key) is { } keyFile
                ? SigningKeyLoader.Load(keyFile, Environment.GetEnvironmentVariable, prompt => PasswordAsk(prompt, stderr), problems)
                : null;
            if (problems.HasErrors)
            {
                DiagnosticPrinter.Print(problems, stderr, strict: false);
                return Task.FromResult(ExitCodes.Usage);
            }
            return RunAsync(parse.GetValue(site)!, parse.GetValue(port), new DeskIdentity(parse.GetValue(name) ?? Environment.UserName, secret), stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static string? PasswordAsk(string prompt, TextWriter stderr)
    {
        if (Console.IsInputRedirected)
            return null;
        stderr.Write(prompt);
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var pressed && pressed.Key != ConsoleKey.Enter)
            typed.Append(pressed.KeyChar);
        stderr.WriteLine();
        return typed.ToString();
    }

    public static async Task<int> RunAsync(string siteDirectory, int port, DeskIdentity identity, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(siteDirectory))
        {
            stderr.WriteLine(Ui.Say(Problems.SiteFolderMissing(siteDirectory)));
            return ExitCodes.Usage;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Cancel(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
        using var desk = new DeskSession(siteDirectory, SiteOptions.Now);
        DeskServer server;
        try
        {
            server = await DeskServer.StartAsync(IPAddress.Loopback, port, desk, identity, Ui.Language, stop.Token);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine(Ui.Say(Problems.PortInUse(port, IPAddress.Loopback.ToString())));
            return ExitCodes.SiteErrors;
        }
        await using (server)
        {
            stdout.WriteLine(Ui.Say(Texts.DeskOpen(server.Address)));
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        }
        stdout.WriteLine(Ui.Say(Texts.Stopped));
        return ExitCodes.Success;
    }
}
