using System.CommandLine;
using StaticCrisis.Cli.Publishing;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Commands;

/// <summary>
/// <c>staticcrisis publish [SITE_DIR] [--mirror NAME]... [--dry-run] [--max-deletes N] [--no-build]</c>: parses, then
/// <see cref="Publisher"/> does the work and <see cref="TerminalPublishReporter"/> prints it.
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
        var publish = new PublishRequest(request, options.Mirrors, options.DryRun, options.MaxDeletes, options.NoBuild);
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
}

/// <summary>The publish command's own options; the build's come in a <see cref="BuildRequest"/>.</summary>
public sealed record PublishOptions(IReadOnlyList<string> Mirrors, bool DryRun, int MaxDeletes, bool NoBuild, Verbosity Verbosity);
