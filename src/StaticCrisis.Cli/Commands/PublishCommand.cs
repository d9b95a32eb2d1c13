using System.CommandLine;
using System.Runtime.InteropServices;
using StaticCrisis.Cli.Publishing;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis publish [SITE_DIR] [--mirror NAME]... [--dry-run] [--max-deletes N] [--no-build] [--watch]</c>: parses,
/// then <see cref="Publisher"/> (or, with --watch, <see cref="PublishWatch"/>) does the work and the terminal reporters print it.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var mirrors = new Option<string[]>("--mirror", "-m") { Description = Ui.Say(HelpTexts.Mirror), HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = Ui.Say(HelpTexts.DryRun) };
        var maxDeletes = new Option<int>("--max-deletes") { Description = Ui.Say(HelpTexts.MaxDeletes(PublishRequest.DefaultMaxDeletes)), DefaultValueFactory = _ => PublishRequest.DefaultMaxDeletes, HelpName = "N" };
        maxDeletes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError(Ui.Say(HelpTexts.MaxDeletesNegative));
        });
        var noBuild = new Option<bool>("--no-build") { Description = Ui.Say(HelpTexts.NoBuild) };
        var watch = new Option<bool>("--watch", "-w") { Description = Ui.Say(HelpTexts.Watch) };
        var force = new Option<string?>("--force-without-review") { Description = Ui.Say(HelpTexts.ForceWithoutReview), HelpName = "REASON" };
        var command = new Command("publish", Ui.Say(HelpTexts.CommandPublish));
        command.Arguments.Add(site.Site);
        foreach (var option in new Option[] { mirrors, dryRun, maxDeletes, noBuild, watch, force, site.Output, site.Strict, site.Quiet, site.Verbose, site.SigningKey })
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) =>
        {
            // The signing key is opened only when publish builds: --no-build publishes the signature already there.
            var request = parse.GetValue(noBuild) ? site.ToRequest(parse) : site.WithSigningKey(site.ToRequest(parse), parse, parse.InvocationConfiguration.Error);
            if (request is null)
                return Task.FromResult(ExitCodes.SiteErrors);
            var options = new PublishOptions(parse.GetValue(mirrors) ?? [], parse.GetValue(dryRun), parse.GetValue(maxDeletes), parse.GetValue(noBuild), site.VerbosityOf(parse)) { ForceWithoutReview = parse.GetValue(force) };
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!parse.GetValue(watch))
                return RunAsync(request, options, stdout, stderr, cancellationToken);
            if (options.DryRun || options.NoBuild || SiteOptions.SourceDateEpoch() is not null)
            {
                stderr.WriteLine(Ui.Say(options.DryRun || options.NoBuild ? Texts.WatchNotWith : Texts.WatchNeedsClock));
                return Task.FromResult(ExitCodes.Usage);
            }
            return WatchAsync(request, options, stdout, stderr, TimeProvider.System, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(BuildRequest request, PublishOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var publish = new PublishRequest(request, options.Mirrors, options.DryRun, options.MaxDeletes, options.NoBuild) { ForceWithoutReview = options.ForceWithoutReview };
        await using var reporter = new TerminalPublishReporter(stdout, stderr, request.Strict, options.Verbosity);
        var outcome = await Publisher.PublishAsync(publish, reporter, cancellationToken);
        reporter.Ended(outcome, options.DryRun);
        return outcome switch
        {
            PublishOutcome.Published or PublishOutcome.Planned => ExitCodes.Success,
            PublishOutcome.Usage => ExitCodes.Usage,
            _ => ExitCodes.SiteErrors,
        };
    }

    /// <summary>
    /// publish --watch: rounds of publish until Ctrl+C or SIGTERM, woken by the clock and by the site's files; the clock is
    /// a parameter so tests can move it.
    /// </summary>
    public static async Task<int> WatchAsync(BuildRequest request, PublishOptions options, TextWriter stdout, TextWriter stderr, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine(Ui.Say(Core.Kernel.Diagnostics.Problems.SiteFolderMissing(request.SiteDirectory)));
            return ExitCodes.Usage;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
        var siteDirectory = Path.GetFullPath(request.SiteDirectory);
        var publish = new PublishRequest(request with { SiteDirectory = siteDirectory }, options.Mirrors, MaxDeletes: options.MaxDeletes);
        var watch = new PublishWatch(publish, clock, new TerminalWatchReporter(stdout, stderr, request.Strict, options.Verbosity));
        using var watcher = new SiteWatcher(siteDirectory, [ThemeLocator.BuiltInThemesDirectory], watch.FilesChanged, ServeCommand.Settle);
        var outcome = await watch.RunAsync(stop.Token);
        if (outcome == PublishOutcome.Usage)
            return ExitCodes.Usage;
        stdout.WriteLine(Ui.Say(Texts.Stopped));
        return ExitCodes.Success;
    }

    /// <summary>Ctrl+C or SIGTERM: finish cleanly instead of letting the runtime end the process mid-upload.</summary>
    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}

/// <summary>The publish command's own options; the build's come in a <see cref="BuildRequest"/>.</summary>
public sealed record PublishOptions(IReadOnlyList<string> Mirrors, bool DryRun, int MaxDeletes, bool NoBuild, Verbosity Verbosity)
{
    /// <summary>--force-without-review: the reason, recorded against each update no second person approved.</summary>
    public string? ForceWithoutReview { get; init; }
}
