using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Publishing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Output;
using StaticCrisis.Core.Publishing;

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
        var mirrors = new Option<string[]>("--mirror", "-m") { Description = "Publish only to this mirror (a name from site.yml); repeat for more (default: every mirror)", HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Connect and show what would be uploaded, replaced and deleted; change nothing" };
        var maxDeletes = new Option<int>("--max-deletes") { Description = $"Refuse to publish at all if a mirror would lose more files than this (default: {DefaultMaxDeletes})", DefaultValueFactory = _ => DefaultMaxDeletes, HelpName = "N" };
        maxDeletes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--max-deletes must be 0 or more");
        });
        var noBuild = new Option<bool>("--no-build") { Description = "Publish the output folder as it was last built" };
        var command = new Command("publish", $"""
            Build the site and publish it to the mirrors in site.yml, in parallel. Each mirror's plan (what is new, replaced
            and deleted, compared by SHA-256 with the mirror's SHA256SUMS) is printed before anything is changed. Files go
            up under a temporary name and are renamed into place; the manifest goes last, so running again resumes.
            Credentials come from STATICCRISIS_MIRROR_<NAME>_PASSWORD (or _KEY_FILE, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY),
            or a hidden prompt on a terminal. Exit code 0 only when every mirror was published (and verified at its
            publicUrl).

            Examples:
              staticcrisis publish
              staticcrisis publish --dry-run
              staticcrisis publish my-site --mirror usb --mirror webbhotell
              staticcrisis publish --max-deletes 500
              staticcrisis publish --signing-key ~/keys/staticcrisis.key
            """);
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
            stderr.WriteLine($"staticcrisis: the site folder '{request.SiteDirectory}' does not exist");
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
            stderr.WriteLine(Problems.MirrorFolderRefused(mirror.Location, mirror.Name, mirror.Address.Path, reason!));
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
            stderr.WriteLine(Problems.OutputBusy(output, request.OutputLockWait));
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
            stderr.WriteLine(Problems.OutputNotPublishable(e.Message));
            return ExitCodes.SiteErrors;
        }
        // Without its signature, the real site would verify as "NOT GENUINE" against the key site.yml shows residents.
        if (config.SigningPublicKey is not null && local.Signature is null)
        {
            stderr.WriteLine(Problems.SignatureMissingForPublish());
            return ExitCodes.SiteErrors;
        }

        // 3. Plan every mirror: connect and read its manifest, nothing more.
        await Task.WhenAll(publications.Select(publication => Task.Run(() => publication.PrepareAsync(local, cancellationToken), cancellationToken)));
        foreach (var publication in publications)
        {
            if (publication.Failure is not null)
                stderr.WriteLine(style.Red($"{publication.Mirror.Name}: FAILED: {publication.Failure}"));
            else if (verbosity != Verbosity.Quiet)
                PublishReport.PrintPlan(stdout, publication, verbosity == Verbosity.Verbose);
        }

        // 4. All or nothing: one mirror over the delete limit stops every mirror before any is touched.
        var overLimit = publications.Where(publication => publication.Plan?.Deletions.Count > options.MaxDeletes).ToList();
        if (overLimit.Count > 0)
        {
            foreach (var publication in overLimit)
                stderr.WriteLine(Problems.DeletesOverLimit(publication.Mirror.Name, publication.Plan!.Deletions.Count, options.MaxDeletes));
            return ExitCodes.SiteErrors;
        }
        if (options.DryRun)
        {
            if (verbosity != Verbosity.Quiet)
                stdout.WriteLine("Dry run: nothing was changed on any mirror.");
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
                stderr.WriteLine(style.Red($"{publication.Mirror.Name}: FAILED: {publication.Failure}") + " Run publish again to resume.");
            foreach (var problem in publication.Verification?.Problems ?? [])
                stderr.WriteLine(style.Red($"{publication.Mirror.Name}: NOT VERIFIED at {publication.Mirror.PublicUrl}: {problem}"));
        }
        var failed = publications.Where(publication => !publication.Succeeded).Select(publication => publication.Mirror.Name).ToList();
        if (failed.Count > 0)
        {
            stderr.WriteLine(style.Red(string.Create(CultureInfo.InvariantCulture, $"Publishing failed on {failed.Count} of {publications.Count} mirrors: {string.Join(", ", failed)}.")));
            return ExitCodes.SiteErrors;
        }
        await PingHubAsync(config, publications, stdout, stderr, verbosity, cancellationToken);
        if (verbosity != Verbosity.Quiet)
            stdout.WriteLine(TerminalStyle.For(stdout).Green("Published") + string.Create(CultureInfo.InvariantCulture, $" to {publications.Count} mirror{(publications.Count == 1 ? "" : "s")}."));
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
            stderr.WriteLine($"staticcrisis: warning: the WebSub hub {hub} did not take the news of {problem}; subscribers will see it at their next poll");
        if (verbosity != Verbosity.Quiet && problems.Count < changedFeeds.Count)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Told the WebSub hub {hub} about {changedFeeds.Count - problems.Count} changed feeds."));
    }

    /// <summary>The mirrors to publish to, or null with the problem printed and the exit code set.</summary>
    private static IReadOnlyList<MirrorDefinition>? SelectMirrors(SiteConfig config, IReadOnlyList<string> names, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (config.Mirrors.Count == 0)
        {
            stderr.WriteLine(Problems.MirrorsNone());
            stderr.WriteLine("""
                For example, a folder (a USB stick or a mounted share) and a web host over SFTP:

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
                stderr.WriteLine(Problems.MirrorUnknown(name, config.Mirrors.Select(mirror => mirror.Name)));
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
