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
        var baseUrl = new Option<string?>("--base-url") { Description = "Use this address instead of baseUrl in site.yml (e.g. for a preview copy)" };
        var command = new Command("build", """
            Build the site into its output folder. The previous output is replaced only when the whole build succeeds.

            Examples:
              staticcrisis build
              staticcrisis build my-site --output /var/www/info
              staticcrisis build --drafts --future --output preview --base-url https://preview.example.org/
              staticcrisis build --signing-key ~/keys/staticcrisis.key
            """);
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
            var errors = request.Strict ? result.Diagnostics.ErrorCount + result.Diagnostics.WarningCount : result.Diagnostics.ErrorCount;
            stderr.WriteLine(style.Red($"Build failed: {errors} error(s).") + " Nothing was written; the site already published is unchanged.");
            return ExitCodes.SiteErrors;
        }
        if (verbosity == Verbosity.Quiet)
            return ExitCodes.Success;
        var stats = result.Statistics!;
        var where = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDirectory!);
        stdout.WriteLine(TerminalStyle.For(stdout).Green("Built") + string.Create(CultureInfo.InvariantCulture,
            $" {UnpublishedReport.Plural(stats.Pages, "page", "pages")} ({UnpublishedReport.Plural(stats.Updates, "update", "updates")}, {stats.FeedItems} in the feed, {UnpublishedReport.Plural(result.Diagnostics.WarningCount, "warning", "warnings")}{UnpublishedReport.Summary(stats.Unpublished)}) into {where} in {stats.Elapsed.TotalSeconds:0.00} s"));
        UnpublishedReport.PrintEach(stdout, stats.Unpublished);
        if (request.SigningKey is { } key)
            stdout.WriteLine($"Signed {Sha256Sums.FileName} with key {key.PublicKey.KeyIdHex} ({ManifestSigner.FileName})");
        if (Environment.GetEnvironmentVariable("STATICCRISIS_TIMINGS") == "1")
            stderr.WriteLine(string.Join("  ", stats.Steps.Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Elapsed.TotalMilliseconds:0} ms"))));
        return ExitCodes.Success;
    }
}
