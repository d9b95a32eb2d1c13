using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Publishing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Checks;
using StaticCrisis.Core.Build.Configuration;
using StaticCrisis.Core.Build.Output;
using StaticCrisis.Core.Features.Accessibility;
using StaticCrisis.Core.Features.Cap;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Publishing;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis publish [SITE_DIR] [--mirror NAME]... [--dry-run] [--max-deletes N] [--no-build]</c>: builds, plans
/// every mirror (nothing touched yet), refuses all if one would delete too much, then publishes to all in parallel,
/// verifies each copy at its public address, and ends with a table of results.
/// </summary>
public static class PublishCommand
{
    public const int DefaultMaxDeletes = 100;

    public static Command Create()
    {
        var site = new SiteOptions();
        var mirrors = new Option<string[]>("--mirror", "-m") { Description = Ui.Say(HelpTexts.Mirror), HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = Ui.Say(HelpTexts.DryRun) };
        var maxDeletes = new Option<int>("--max-deletes") { Description = Ui.Say(HelpTexts.MaxDeletes(DefaultMaxDeletes)), DefaultValueFactory = _ => DefaultMaxDeletes, HelpName = "N" };
        maxDeletes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError(Ui.Say(HelpTexts.MaxDeletesNegative));
        });
        var noBuild = new Option<bool>("--no-build") { Description = Ui.Say(HelpTexts.NoBuild) };
        var command = new Command("publish", Ui.Say(HelpTexts.CommandPublish));
        command.Arguments.Add(site.Site);
        foreach (var option in new Option[] { mirrors, dryRun, maxDeletes, noBuild, site.Output, site.Strict, site.Quiet, site.Verbose, site.SigningKey })
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) =>
        {
            // The signing key is opened only when publish builds: --no-build publishes the signature already there.
            var request = parse.GetValue(noBuild) ? site.ToRequest(parse) : site.WithSigningKey(site.ToRequest(parse), parse, parse.InvocationConfiguration.Error);
            if (request is null)
                return Task.FromResult(ExitCodes.SiteErrors);
            var options = new PublishOptions(parse.GetValue(mirrors) ?? [], parse.GetValue(dryRun), parse.GetValue(maxDeletes), parse.GetValue(noBuild), site.VerbosityOf(parse));
            return RunAsync(request, options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(BuildRequest request, PublishOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var style = TerminalStyle.For(stderr);
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine(Ui.Say(Texts.SiteFolderMissing(request.SiteDirectory)));
            return ExitCodes.Usage;
        }

        // 1. Which mirrors, with whose credentials: settled before anything is built or printed, so every line can be scrubbed.
        var configProblems = new DiagnosticBag();
        var config = SiteConfigLoader.Load(request.SiteDirectory, configProblems);
        if (config is null)
        {
            DiagnosticPrinter.Print(configProblems, stderr, request.Strict);
            return ExitCodes.SiteErrors;
        }
        if (SelectMirrors(config, options.Mirrors, stderr, out var exitCode) is not { } selected)
            return exitCode;
        var publications = selected.Select(mirror => new MirrorPublication(mirror, CredentialsFor(mirror, stderr))).ToList();
        var secrets = publications.SelectMany(publication => publication.Credentials.Secrets).ToList();
        await using var scrubbedOut = new SecretScrubbingWriter(stdout, secrets);
        await using var scrubbedErr = new SecretScrubbingWriter(stderr, secrets);
        stdout = scrubbedOut;
        stderr = scrubbedErr;
        try
        {
            return await PublishAsync(request, options, config, configProblems, publications, stdout, stderr, style, cancellationToken);
        }
        finally
        {
            foreach (var publication in publications)
                await publication.DisposeAsync();
        }
    }

    private static async Task<int> PublishAsync(
        BuildRequest request, PublishOptions options, SiteConfig config, DiagnosticBag configProblems, List<MirrorPublication> publications,
        TextWriter stdout, TextWriter stderr, TerminalStyle style, CancellationToken cancellationToken)
    {
        var verbosity = options.Verbosity;

        // A folder mirror is written and deleted in: the same guards as the output folder, before anything is built.
        var outputFolder = Path.GetFullPath(request.OutputDirectory ?? Path.Combine(request.SiteDirectory, config.OutputDir));
        var refused = publications.Select(publication => publication.Mirror)
            .Where(mirror => mirror.Address.Protocol == MirrorProtocol.File)
            .Select(mirror => (mirror, reason: FolderMirrorGuard.Refusal(mirror.Address.Path, request.SiteDirectory, outputFolder)))
            .Where(pair => pair.reason is not null).ToList();
        foreach (var (mirror, reason) in refused)
            stderr.WriteLine(Ui.Say(Problems.MirrorFolderRefused(mirror.Location, mirror.Name, mirror.Address.Path, reason!.Value)));
        if (refused.Count > 0)
            return ExitCodes.SiteErrors;

        // 2. Build, with the same messages as build; or take the last build as it is.
        string output;
        if (options.NoBuild)
        {
            DiagnosticPrinter.Print(configProblems, stderr, request.Strict);
            output = Path.GetFullPath(request.OutputDirectory ?? Path.Combine(request.SiteDirectory, config.OutputDir));
        }
        else
        {
            var buildExit = BuildCommand.Run(request, stdout, stderr, verbosity);
            if (buildExit != ExitCodes.Success)
                return buildExit;
            output = Path.GetFullPath(request.OutputDirectory ?? Path.Combine(request.SiteDirectory, config.OutputDir));
        }
        // The output stays as it is until every mirror is done: a build beside this publish waits for it.
        OutputLock held;
        try
        {
            held = OutputLock.Acquire(output, request.OutputLockWait);
        }
        catch (OutputLockedException)
        {
            stderr.WriteLine(Ui.Say(Problems.OutputBusy(output, request.OutputLockWait)));
            return ExitCodes.SiteErrors;
        }
        using var _ = held;
        LocalCopy local;
        try
        {
            local = LocalCopy.Load(output);
        }
        catch (LocalCopyException e)
        {
            stderr.WriteLine(Ui.Say(Problems.OutputNotPublishable(e.Message)));
            return ExitCodes.SiteErrors;
        }
        // Without its signature, the real site would verify as "NOT GENUINE" against the key site.yml shows residents.
        if (config.SigningPublicKey is not null && local.Signature is null)
        {
            stderr.WriteLine(Ui.Say(Problems.SignatureMissingForPublish()));
            return ExitCodes.SiteErrors;
        }

        // 3. Plan every mirror: connect and read its manifest, nothing more.
        await Task.WhenAll(publications.Select(publication => Task.Run(() => publication.PrepareAsync(local, cancellationToken), cancellationToken)));
        foreach (var publication in publications)
        {
            if (publication.Failure is not null)
                stderr.WriteLine(style.Red(Ui.Say(Texts.MirrorFailed(publication.Mirror.Name, publication.Failure))));
            else if (verbosity != Verbosity.Quiet)
                PublishReport.PrintPlan(stdout, publication, verbosity == Verbosity.Verbose);
        }

        // 4. All or nothing: one mirror over the delete limit stops every mirror before any is touched.
        var overLimit = publications.Where(publication => publication.Plan?.Deletions.Count > options.MaxDeletes).ToList();
        if (overLimit.Count > 0)
        {
            foreach (var publication in overLimit)
                stderr.WriteLine(Ui.Say(Problems.DeletesOverLimit(publication.Mirror.Name, publication.Plan!.Deletions.Count, options.MaxDeletes)));
            return ExitCodes.SiteErrors;
        }
        if (options.DryRun)
        {
            if (verbosity != Verbosity.Quiet)
                stdout.WriteLine(Ui.Say(Texts.DryRunDone));
            return publications.All(publication => publication.Failure is null) ? ExitCodes.Success : ExitCodes.SiteErrors;
        }

        // 5. Publish to every mirror at once, each verified at its public address when it has one.
        var progress = new PublishProgressDisplay(stderr, style, verbosity);
        using (var http = CopyVerifier.CreateClient("staticcrisis-publish"))
        {
            await Task.WhenAll(publications.Select(publication =>
                Task.Run(() => publication.PublishAsync(local, progress.For(publication.Mirror.Name), http, cancellationToken), cancellationToken)));
        }
        progress.Clear();

        // 6. The results, and each problem in words.
        if (verbosity != Verbosity.Quiet)
            PublishReport.PrintResults(stdout, publications);
        foreach (var publication in publications)
        {
            if (publication.Failure is not null && publication.Plan is not null)
                stderr.WriteLine(style.Red(Ui.Say(Texts.MirrorFailed(publication.Mirror.Name, publication.Failure))) + " " + Ui.Say(Texts.RunAgainToResume));
            foreach (var problem in publication.Verification?.Problems ?? [])
                stderr.WriteLine(style.Red(Ui.Say(Texts.MirrorNotVerified(publication.Mirror.Name, publication.Mirror.PublicUrl, problem))));
        }
        var failed = publications.Where(publication => !publication.Succeeded).Select(publication => publication.Mirror.Name).ToList();
        if (failed.Count > 0)
        {
            stderr.WriteLine(style.Red(Ui.Say(Texts.PublishingFailed(failed.Count, publications.Count, string.Join(", ", failed)))));
            return ExitCodes.SiteErrors;
        }
        await PingHubAsync(config, publications, stdout, stderr, verbosity, cancellationToken);
        if (verbosity != Verbosity.Quiet)
            stdout.WriteLine(TerminalStyle.For(stdout).Green(Ui.Say(Texts.PublishedWord)) + Ui.Say(Texts.Published(publications.Count)));
        return ExitCodes.Success;
    }

    /// <summary>After a publish that changed feeds, tells the site's WebSub hub (hub: in site.yml); a refusal is a warning only.</summary>
    private static async Task PingHubAsync(SiteConfig config, List<MirrorPublication> publications, TextWriter stdout, TextWriter stderr, Verbosity verbosity, CancellationToken cancellationToken)
    {
        if (config.Hub is not { } hub)
            return;
        var changedFeeds = publications.SelectMany(publication => publication.Plan!.Uploads).Select(upload => upload.Path)
            .Where(HubPing.IsFeed).Distinct().Order(StringComparer.Ordinal).Select(path => new Uri(config.BaseUrl, path)).ToList();
        if (changedFeeds.Count == 0)
            return;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("staticcrisis-publish");
        var problems = await HubPing.PingAsync(http, hub, changedFeeds, cancellationToken);
        foreach (var problem in problems)
            stderr.WriteLine(Ui.Say(Texts.HubRefused(hub.ToString(), problem)));
        if (verbosity != Verbosity.Quiet && problems.Count < changedFeeds.Count)
            stdout.WriteLine(Ui.Say(Texts.HubTold(hub.ToString(), changedFeeds.Count - problems.Count)));
    }

    /// <summary>The mirrors to publish to, or null with the problem printed and the exit code set.</summary>
    private static IReadOnlyList<MirrorDefinition>? SelectMirrors(SiteConfig config, IReadOnlyList<string> names, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (config.Mirrors.Count == 0)
        {
            stderr.WriteLine(Ui.Say(Problems.MirrorsNone()));
            stderr.WriteLine(Ui.Say(Texts.MirrorsExample));
            stderr.WriteLine("""

                mirrors:
                  - name: usb
                    url: file:///media/usb/krisinfo/
                  - name: webbhotell
                    url: sftp://kris@ftp.example-host.se/public_html/info/
                    publicUrl: https://kris.example.org/info/
                    hostKey: "SHA256:…"     # ssh-keygen -lf of the server's ed25519 host key
                """);
            exitCode = ExitCodes.SiteErrors;
            return null;
        }
        if (names.Count == 0)
            return config.Mirrors;
        var unknown = names.Where(name => !config.Mirrors.Any(mirror => string.Equals(mirror.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            foreach (var name in unknown)
                stderr.WriteLine(Ui.Say(Problems.MirrorUnknown(name, config.Mirrors.Select(mirror => mirror.Name))));
            exitCode = ExitCodes.Usage;
            return null;
        }
        return [.. config.Mirrors.Where(mirror => names.Contains(mirror.Name, StringComparer.OrdinalIgnoreCase))];
    }

    private static MirrorCredentials CredentialsFor(MirrorDefinition mirror, TextWriter stderr)
    {
        var credentials = MirrorCredentials.FromEnvironment(mirror.Name, Environment.GetEnvironmentVariable);
        if (PasswordPrompt.IsNeeded(mirror, credentials) && PasswordPrompt.CanAsk(stderr))
            credentials = credentials with { Password = PasswordPrompt.Ask(mirror, stderr) };
        return credentials;
    }
}

/// <summary>The publish command's own options; the build's come in a <see cref="BuildRequest"/>.</summary>
public sealed record PublishOptions(IReadOnlyList<string> Mirrors, bool DryRun, int MaxDeletes, bool NoBuild, Verbosity Verbosity);
