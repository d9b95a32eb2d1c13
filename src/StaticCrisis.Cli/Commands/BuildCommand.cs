using System.CommandLine;
using System.Globalization;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Integrity;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis build [SITE_DIR] [--output DIR] [--drafts] [--future] [--base-url URL] [--strict] [--signing-key FILE]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var baseUrl = new Option<string?>("--base-url") { Description = Ui.Say(HelpTexts.BaseUrlOverride) };
        var command = new Command("build", Ui.Say(HelpTexts.CommandBuild));
        options.AddTo(command);
        command.Options.Add(baseUrl);
        command.SetAction(parse =>
        {
            var request = options.WithSigningKey(options.ToRequest(parse) with { BaseUrl = parse.GetValue(baseUrl) }, parse, parse.InvocationConfiguration.Error);
            if (request is null)
                return ExitCodes.SiteErrors;
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, options.VerbosityOf(parse));
        });
        return command;
    }

    public static int Run(BuildRequest request, TextWriter stdout, TextWriter stderr, Verbosity verbosity = Verbosity.Normal)
    {
        var style = TerminalStyle.For(stderr);
        if (SiteOptions.BuildWithProgress(request, stderr, style, verbosity) is not { } result)
            return ExitCodes.Usage;
        DiagnosticPrinter.Print(result.Diagnostics, stderr, request.Strict);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.ErrorCountWhen(request.Strict);
            stderr.WriteLine(style.Red(Ui.Say(Texts.BuildFailed(errors))) + " " + Ui.Say(Texts.NothingWritten));
            return ExitCodes.SiteErrors;
        }
        if (verbosity == Verbosity.Quiet)
            return ExitCodes.Success;
        var stats = result.Statistics!;
        var where = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDirectory!);
        var built = Ui.Say(Texts.Built(stats.Pages, stats.Updates, stats.FeedItems, result.Diagnostics.WarningCount, Ui.Say(Texts.UnpublishedSummary(stats.Unpublished)), where, stats.Elapsed));
        var firstWord = built.IndexOf(' ', StringComparison.Ordinal);
        stdout.WriteLine(TerminalStyle.For(stdout).Green(built[..firstWord]) + built[firstWord..]);
        UnpublishedReport.PrintEach(stdout, stats.Unpublished);
        if (request.SigningKey is { } key)
            stdout.WriteLine(Ui.Say(Texts.SignedManifest(Sha256Sums.FileName, key.PublicKey.KeyIdHex, ManifestSigner.FileName)));
        if (verbosity == Verbosity.Verbose)
            stderr.WriteLine(string.Join("  ", stats.Steps.Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Step.ToString().ToLowerInvariant()} {step.Elapsed.TotalMilliseconds:0} ms"))));
        return ExitCodes.Success;
    }
}
