using System.CommandLine;
using System.Globalization;
using StaticCrisis.Core.Build;

namespace StaticCrisis.Cli.Commands;

/// <summary><c>staticcrisis build [SITE_DIR] [--output DIR] [--drafts] [--future] [--base-url URL] [--strict]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = new Argument<string>("SITE_DIR") { Description = "The site folder, holding site.yml and content/ (default: the current folder)", DefaultValueFactory = _ => "." };
        site.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && value.StartsWith('-'))
                result.AddError($"unknown option '{value}'");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site (default: outputDir in site.yml, else SITE_DIR/public)" };
        var drafts = new Option<bool>("--drafts") { Description = "Include updates marked 'draft: true'" };
        var future = new Option<bool>("--future") { Description = "Include updates dated in the future" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Use this address instead of baseUrl in site.yml (e.g. for a preview copy)" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };

        var command = new Command("build", "Build the site into its output folder. The previous output is replaced only when the build succeeds.\n\nExamples:\n  staticcrisis build\n  staticcrisis build my-site --output /var/www/info\n  staticcrisis build --drafts --future --output preview")
        {
            site, output, drafts, future, baseUrl, strict,
        };
        command.SetAction(parse =>
        {
            var request = new BuildRequest
            {
                SiteDirectory = parse.GetValue(site)!,
                OutputDirectory = parse.GetValue(output),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
            };
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(request.SiteDirectory))
        {
            stderr.WriteLine($"staticcrisis: the site folder '{request.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }
        var result = SiteBuilder.Build(request);
        DiagnosticPrinter.Print(result.Diagnostics, stderr, request.Strict);
        if (!result.Succeeded)
        {
            var errors = request.Strict ? result.Diagnostics.ErrorCount + result.Diagnostics.WarningCount : result.Diagnostics.ErrorCount;
            stderr.WriteLine($"Build failed: {errors} error(s). Nothing was written; the site already published is unchanged.");
            return ExitCodes.SiteErrors;
        }
        var stats = result.Statistics!;
        var where = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDirectory!);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {stats.Pages} pages ({stats.Updates} updates, {stats.FeedItems} in the feed, {result.Diagnostics.WarningCount} warnings) into {where} in {stats.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Success;
    }
}
